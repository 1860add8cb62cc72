package io.wickedzerg.clients.spool;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.clients.testing.MutableClock;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolTest {

    @TempDir
    Path tmp;

    private final MutableClock clock = MutableClock.atEpochPlus(0);

    private SpoolOptions options() {
        return new SpoolOptions(tmp.resolve("telemetry"), 1_000, 1_000_000, true, Duration.ofSeconds(1), clock);
    }

    private static SpoolFrame frame(int i) {
        return new SpoolFrame("batch-" + i, 10, ("payload-" + i + "-" + "x".repeat(100)).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> replayAll(Spool spool) throws IOException {
        return replayAll(new SpoolReplayer(spool));
    }

    private static List<String> replayAll(SpoolReplayer replayer) throws IOException {
        List<String> ids = new ArrayList<>();
        for (Optional<SpoolFrame> next = replayer.peek(); next.isPresent(); next = replayer.peek()) {
            ids.add(next.get().batchId());
            replayer.acknowledge();
        }
        return ids;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(tmp.resolve("telemetry"))) {
            return list.sorted().toList();
        }
    }

    @Test
    void framesComeBackOldestFirstWithTheirIdsAndSegmentsAreDeletedOnceAcknowledged() throws IOException {
        try (Spool spool = Spool.open(options())) {
            for (int i = 0; i < 30; i++) {
                spool.append(frame(i));
            }
            spool.roll();
            assertThat(spool.sealedSegments()).hasSizeGreaterThan(2); // 1000-byte segments roll by size

            SpoolReplayer replayer = new SpoolReplayer(spool);
            SpoolFrame first = replayer.peek().orElseThrow();
            assertThat(first.batchId()).isEqualTo("batch-0");
            assertThat(first.records()).isEqualTo(10);
            assertThat(new String(first.payload(), StandardCharsets.UTF_8)).startsWith("payload-0-");
            int segmentsBefore = spool.sealedSegments().size();
            replayer.acknowledge();
            // one frame of a multi-frame segment acknowledged: the segment stays
            assertThat(spool.sealedSegments()).hasSize(segmentsBefore);

            List<String> rest = replayAll(replayer);
            assertThat(rest).hasSize(29).first().isEqualTo("batch-1");
            assertThat(spool.isEmpty()).isTrue();
        }
        assertThat(files()).isEmpty();
    }

    @Test
    void unacknowledgedSegmentIsReplayedAgainAfterRestart() throws IOException {
        try (Spool spool = Spool.open(options())) {
            spool.append(frame(1));
            spool.append(frame(2));
            spool.roll();
            SpoolReplayer replayer = new SpoolReplayer(spool);
            replayer.peek();
            replayer.acknowledge(); // frame 1 done, frame 2 not: the process dies here
        }
        try (Spool reopened = Spool.open(options())) {
            assertThat(replayAll(reopened)).containsExactly("batch-1", "batch-2");
        }
    }

    @Test
    void tornTailOfAnOpenSegmentIsCutOnStartAndTheRestKept() throws IOException {
        Spool spool = Spool.open(options().withSegmentMaxBytes(1_000_000));
        for (int i = 0; i < 5; i++) {
            spool.append(frame(i));
        }
        spool.sync();
        // crash: no close, the segment is still .tmp; a sixth frame was half written
        Path tmpSegment = files().get(0);
        assertThat(tmpSegment.toString()).endsWith(".tmp");
        byte[] sixth = FrameCodec.encode(frame(5)).array();
        Files.write(tmpSegment, java.util.Arrays.copyOf(sixth, sixth.length / 2),
                java.nio.file.StandardOpenOption.APPEND);

        try (Spool recovered = Spool.open(options())) {
            assertThat(recovered.stats().tornTailsCut()).isEqualTo(1);
            assertThat(files()).allMatch(p -> p.toString().endsWith(".seg"));
            assertThat(replayAll(recovered)).containsExactly("batch-0", "batch-1", "batch-2", "batch-3", "batch-4");
            assertThat(recovered.stats().corruptFrames()).isZero();
        }
    }

    @Test
    void bitFlippedFrameIsSkippedAndCountedAndTheFramesAfterItSurvive() throws IOException {
        try (Spool spool = Spool.open(options().withSegmentMaxBytes(1_000_000))) {
            for (int i = 0; i < 5; i++) {
                spool.append(frame(i));
            }
        }
        Path segment = files().get(0);
        int frameLength = FrameCodec.encode(frame(0)).remaining();
        try (RandomAccessFile file = new RandomAccessFile(segment.toFile(), "rw")) {
            long offset = 2L * frameLength + FrameCodec.HEADER_BYTES + 20; // inside frame 2's payload
            file.seek(offset);
            int b = file.read();
            file.seek(offset);
            file.write(b ^ 0x10);
        }

        try (Spool reopened = Spool.open(options())) {
            assertThat(replayAll(reopened)).containsExactly("batch-0", "batch-1", "batch-3", "batch-4");
            assertThat(reopened.stats().corruptFrames()).isEqualTo(1);
        }
    }

    @Test
    void damagedLengthFieldCostsOnlyItsOwnFrame() throws IOException {
        try (Spool spool = Spool.open(options().withSegmentMaxBytes(1_000_000))) {
            for (int i = 0; i < 4; i++) {
                spool.append(frame(i));
            }
        }
        Path segment = files().get(0);
        int frameLength = FrameCodec.encode(frame(0)).remaining();
        try (RandomAccessFile file = new RandomAccessFile(segment.toFile(), "rw")) {
            file.seek(frameLength + 4L); // frame 1's length field
            file.writeInt(Integer.MAX_VALUE);
        }
        try (Spool reopened = Spool.open(options())) {
            assertThat(replayAll(reopened)).containsExactly("batch-0", "batch-2", "batch-3");
            assertThat(reopened.stats().corruptFrames()).isEqualTo(1);
        }
    }

    @Test
    void sizeCapEvictsTheOldestTelemetrySegmentAndCountsItsRecords() throws IOException {
        SpoolOptions capped = new SpoolOptions(tmp.resolve("telemetry"), 1_000, 3_000, true, Duration.ofSeconds(1),
                clock);
        try (Spool spool = Spool.open(capped)) {
            for (int i = 0; i < 60; i++) {
                spool.append(frame(i));
            }
            SpoolStats stats = spool.stats();
            assertThat(stats.evictedSegments()).isPositive();
            assertThat(stats.bytes()).isLessThanOrEqualTo(3_000);
            List<String> kept = replayAll(spool);
            spool.roll();
            kept.addAll(replayAll(spool));
            // the newest survive, the oldest went, and every frame is accounted for
            assertThat(kept).contains("batch-59").doesNotContain("batch-0");
            assertThat(kept.size() * 10L + spool.stats().evictedRecords()).isEqualTo(600);
        }
    }

    @Test
    void resultsStreamIsNeverEvictedWhateverItsSize() throws IOException {
        SpoolOptions results = new SpoolOptions(tmp.resolve("results"), 1_000, 2_000, false, Duration.ZERO, clock);
        try (Spool spool = Spool.open(results)) {
            for (int i = 0; i < 60; i++) {
                spool.append(frame(i));
            }
            spool.roll();
            assertThat(spool.stats().evictedRecords()).isZero();
            assertThat(spool.stats().bytes()).isGreaterThan(2_000);
            assertThat(replayAll(spool)).hasSize(60);
        }
    }

    @Test
    void openSegmentIsFsyncedOnlyWhenTheIntervalHasPassed() throws IOException {
        // observable through the public contract: a crash loses nothing that append returned for,
        // and syncIfDue does not fail when nothing is open
        try (Spool spool = Spool.open(options().withSegmentMaxBytes(1_000_000))) {
            spool.syncIfDue();
            spool.append(frame(1));
            clock.advance(Duration.ofSeconds(2));
            spool.syncIfDue();
            assertThat(spool.hasUnsealedFrames()).isTrue();
        }
        try (Spool reopened = Spool.open(options())) {
            assertThat(replayAll(reopened)).containsExactly("batch-1");
        }
    }

    @Test
    void newSegmentsAreNumberedAfterTheOnesAlreadyOnDisk() throws IOException {
        try (Spool spool = Spool.open(options())) {
            spool.append(frame(1));
        }
        try (Spool spool = Spool.open(options())) {
            spool.append(frame(2));
        }
        try (Spool spool = Spool.open(options())) {
            assertThat(replayAll(spool)).containsExactly("batch-1", "batch-2");
        }
    }
}
