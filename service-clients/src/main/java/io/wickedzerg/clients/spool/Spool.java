package io.wickedzerg.clients.spool;

import io.wickedzerg.clients.io.AtomicFiles;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only, crash-safe store of frames in numbered segment files (DESIGN.md, "Spool").
 * New frames go to {@code <n>.tmp}; a segment is fsynced and atomically renamed to {@code <n>.seg}
 * when it is rolled. On open, segments a crash left as {@code .tmp} lose their torn tail and are sealed.
 *
 * <p>Not thread-safe: one owner thread (a client's worker) does every operation.
 */
public final class Spool implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(Spool.class);
    private static final Pattern NAME = Pattern.compile("(\\d{20})\\.(tmp|seg)");

    private final SpoolOptions options;
    private final Set<Path> corruptCounted = new HashSet<>();

    private FileChannel active;
    private Path activePath;
    private long activeBytes;
    private long sealedBytes;
    private long nextSegment;
    private Instant lastSync;
    private boolean unsynced;
    private Path pinned;

    private long corruptFrames;
    private long tornTailsCut;
    private long evictedRecords;
    private long evictedSegments;

    private Spool(SpoolOptions options) {
        this.options = options;
        this.lastSync = options.clock().instant();
    }

    /** Opens (creating the folder) and recovers what a previous process left. */
    public static Spool open(SpoolOptions options) throws IOException {
        Spool spool = new Spool(Objects.requireNonNull(options, "options"));
        spool.recover();
        return spool;
    }

    private void recover() throws IOException {
        Files.createDirectories(options.dir());
        long highest = -1;
        for (Path path : listSegments(true)) {
            long number = numberOf(path);
            highest = Math.max(highest, number);
            if (path.getFileName().toString().endsWith(".tmp")) {
                sealRecovered(path);
            }
        }
        nextSegment = highest + 1;
        sealedBytes = 0;
        for (Path sealed : sealedSegments()) {
            sealedBytes += sizeOf(sealed);
        }
    }

    private void sealRecovered(Path tmp) throws IOException {
        FrameCodec.Scan scan = FrameCodec.scan(ByteBuffer.wrap(Files.readAllBytes(tmp)));
        if (scan.damagedTail()) {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                channel.truncate(scan.validEnd());
                channel.force(true);
            }
            tornTailsCut++;
            LOG.info("spool {}: cut a torn tail from {} at byte {}", options.dir(), tmp.getFileName(), scan.validEnd());
        }
        if (scan.frames().isEmpty()) {
            Files.deleteIfExists(tmp);
        } else {
            AtomicFiles.move(tmp, sealedName(tmp));
        }
    }

    public void append(SpoolFrame frame) throws IOException {
        ByteBuffer bytes = FrameCodec.encode(frame);
        if (active == null) {
            openActive();
        }
        int length = bytes.remaining();
        while (bytes.hasRemaining()) {
            active.write(bytes);
        }
        activeBytes += length;
        unsynced = true;
        if (activeBytes >= options.segmentMaxBytes()) {
            roll();
        } else if (options.fsyncInterval().isZero()) {
            sync();
        } else {
            syncIfDue();
        }
        evictOverCap();
    }

    private void openActive() throws IOException {
        Files.createDirectories(options.dir());
        activePath = options.dir().resolve(String.format("%020d.tmp", nextSegment++));
        active = FileChannel.open(activePath, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        activeBytes = 0;
    }

    /** fsyncs the open segment when the interval has passed since the last fsync. */
    public void syncIfDue() throws IOException {
        if (unsynced && !options.clock().instant().isBefore(lastSync.plus(options.fsyncInterval()))) {
            sync();
        }
    }

    public void sync() throws IOException {
        if (active != null && unsynced) {
            active.force(false);
        }
        unsynced = false;
        lastSync = options.clock().instant();
    }

    /** Seals the open segment (fsync, close, atomic rename) so that it can be replayed. */
    public void roll() throws IOException {
        if (active == null) {
            return;
        }
        FileChannel channel = active;
        Path path = activePath;
        active = null;
        activePath = null;
        try {
            channel.force(true);
        } finally {
            channel.close();
        }
        unsynced = false;
        lastSync = options.clock().instant();
        if (activeBytes == 0) {
            Files.deleteIfExists(path);
        } else {
            AtomicFiles.move(path, sealedName(path));
            sealedBytes += activeBytes;
        }
        activeBytes = 0;
    }

    private void evictOverCap() throws IOException {
        if (!options.evictable()) {
            return;
        }
        while (sealedBytes + activeBytes > options.maxBytes()) {
            Path oldest = sealedSegments().stream().filter(p -> !p.equals(pinned)).findFirst().orElse(null);
            if (oldest == null) {
                return;
            }
            long size = sizeOf(oldest);
            int records = 0;
            for (SpoolFrame frame : FrameCodec.scan(ByteBuffer.wrap(Files.readAllBytes(oldest))).frames()) {
                records += frame.records();
            }
            Files.deleteIfExists(oldest);
            sealedBytes -= size;
            evictedRecords += records;
            evictedSegments++;
            LOG.warn("spool {}: over its cap of {} bytes, evicted {} ({} records)", options.dir(),
                    options.maxBytes(), oldest.getFileName(), records);
        }
    }

    /** Sealed segments, oldest first. */
    public List<Path> sealedSegments() throws IOException {
        List<Path> sealed = new ArrayList<>();
        for (Path path : listSegments(false)) {
            if (path.getFileName().toString().endsWith(".seg")) {
                sealed.add(path);
            }
        }
        return sealed;
    }

    /** The intact frames of a sealed segment, in order; damaged ones are skipped and counted once per segment. */
    public List<SpoolFrame> read(Path segment) throws IOException {
        FrameCodec.Scan scan = FrameCodec.scan(ByteBuffer.wrap(Files.readAllBytes(segment)));
        if (scan.corruptStretches() > 0 && corruptCounted.add(segment)) {
            corruptFrames += scan.corruptStretches();
            LOG.warn("spool {}: skipped {} damaged frame(s) in {}", options.dir(), scan.corruptStretches(),
                    segment.getFileName());
        }
        return scan.frames();
    }

    /** Deletes a segment whose every frame is acknowledged. */
    public void delete(Path segment) throws IOException {
        long size = sizeOf(segment);
        if (Files.deleteIfExists(segment)) {
            sealedBytes -= size;
        }
        corruptCounted.remove(segment);
        if (segment.equals(pinned)) {
            pinned = null;
        }
    }

    /** Keeps a segment that is being replayed out of eviction (its frames would count twice). */
    void pin(Path segment) {
        pinned = segment;
    }

    /** True when nothing is stored: no sealed segment and nothing in the open one. */
    public boolean isEmpty() throws IOException {
        return activeBytes == 0 && sealedSegments().isEmpty();
    }

    public boolean hasUnsealedFrames() {
        return activeBytes > 0;
    }

    public Path dir() {
        return options.dir();
    }

    public SpoolStats stats() {
        int segments;
        try {
            segments = listSegments(false).size();
        } catch (IOException e) {
            segments = -1;
        }
        return new SpoolStats(corruptFrames, tornTailsCut, evictedRecords, evictedSegments,
                sealedBytes + activeBytes, segments);
    }

    /** Seals what is open: nothing is left as {@code .tmp} after a clean close. */
    @Override
    public void close() throws IOException {
        roll();
    }

    private List<Path> listSegments(boolean includeTmp) throws IOException {
        if (!Files.isDirectory(options.dir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(options.dir())) {
            return files.filter(p -> isSegmentName(p.getFileName().toString())
                            && (includeTmp || !p.equals(activePath)))
                    .sorted()
                    .toList();
        }
    }

    /** Our names only: 20 digits that fit a long, so other files in the folder are left alone. */
    private static boolean isSegmentName(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return false;
        }
        try {
            Long.parseLong(m.group(1));
            return true;
        } catch (NumberFormatException tooLarge) {
            return false;
        }
    }

    private static long numberOf(Path path) {
        return Long.parseLong(path.getFileName().toString().substring(0, 20));
    }

    private static Path sealedName(Path tmp) {
        String name = tmp.getFileName().toString();
        return tmp.resolveSibling(name.substring(0, name.length() - ".tmp".length()) + ".seg");
    }

    private static long sizeOf(Path path) throws IOException {
        try {
            return Files.size(path);
        } catch (NoSuchFileException gone) {
            return 0;
        }
    }
}
