package io.wickedzerg.sim.replay;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.engine.Difficulty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The file format: what is written is read back whole; damage, other versions and other files are clear errors. */
class ReplayFormatTest {
    @TempDir
    Path tmp;

    static Replay sample() {
        ReplaySettings settings = new ReplaySettings(MapSource.builtIn("Wicked Cove"), 42, 5000, true, 32, List.of(
                new ReplayPlayer(1, false, Race.RANDOM, Race.ZERG, null, "bot \"one\""),
                new ReplayPlayer(2, true, Race.PROTOSS, Race.PROTOSS, Difficulty.HARD, "Computer Hard")));
        List<ReplayEvent> events = List.of(
                new ReplayEvent(0, 1, ReplayEvent.Kind.ACTION, new byte[] {1, 2, 3}),
                new ReplayEvent(17, 1, ReplayEvent.Kind.DEBUG, new byte[] {9}),
                new ReplayEvent(4000, 1, ReplayEvent.Kind.LEAVE, new byte[0]));
        return new Replay(settings, events, List.of(new LoopHash(32, 0x1234L), new LoopHash(64, -7L)),
                new ReplayEnd(4000, 0xCAFEBABEDEADBEEFL, true, Map.of(1, "Defeat", 2, "Victory")));
    }

    @Test
    void aReplayIsReadBackAsWritten() throws Exception {
        Replay replay = sample();
        Replay read = ReplayFormat.read(ReplayFormat.write(replay));

        assertThat(read.settings()).isEqualTo(replay.settings());
        assertThat(read.hashes()).isEqualTo(replay.hashes());
        assertThat(read.end()).isEqualTo(replay.end());
        assertThat(read.events()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            ReplayEvent a = replay.events().get(i);
            ReplayEvent b = read.events().get(i);
            assertThat(List.of(b.loop(), b.playerId(), b.kind())).isEqualTo(List.of(a.loop(), a.playerId(), a.kind()));
            assertThat(b.payload()).isEqualTo(a.payload());
        }
    }

    @Test
    void aRecordedMapSourceKeepsItsFilesBytes() throws Exception {
        Replay replay = sample();
        MapSource recorded = new MapSource(MapSource.Kind.RECORDED, "Some Ladder LE",
                List.of(new byte[] {1, 2}, new byte[] {3}));
        ReplaySettings s = replay.settings();
        Replay withRecordedMap = new Replay(new ReplaySettings(recorded, s.seed(), s.loopLimit(), s.realtime(),
                s.hashInterval(), s.players()), replay.events(), replay.hashes(), replay.end());

        MapSource read = ReplayFormat.read(ReplayFormat.write(withRecordedMap)).settings().map();

        assertThat(read.kind()).isEqualTo(MapSource.Kind.RECORDED);
        assertThat(read.files()).hasSize(2);
        assertThat(read.files().get(0)).containsExactly(1, 2);
        assertThat(read.files().get(1)).containsExactly(3);
    }

    @Test
    void aDamagedFileIsOneLineNamingTheFile() throws IOException {
        byte[] bytes = ReplayFormat.write(sample());
        bytes[bytes.length / 2] ^= 0x40;
        Path file = Files.write(tmp.resolve("damaged.wzreplay"), bytes);

        assertThatThrownBy(() -> ReplayFormat.read(file)).isInstanceOf(ReplayFormatException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("damaged: checksum mismatch")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aTruncatedFileIsDamaged() throws IOException {
        byte[] bytes = ReplayFormat.write(sample());
        Path file = Files.write(tmp.resolve("cut.wzreplay"), Arrays.copyOf(bytes, bytes.length - 10));

        assertThatThrownBy(() -> ReplayFormat.read(file)).isInstanceOf(ReplayFormatException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("damaged").hasMessageContaining("truncated");
    }

    @Test
    void aNewerVersionAsksForAnUpdate() {
        byte[] bytes = ReplayFormat.write(sample());
        ByteBuffer.wrap(bytes).putShort(ReplayFormat.MAGIC.length, (short) 3);

        assertThatThrownBy(() -> ReplayFormat.read(bytes)).isInstanceOf(ReplayFormatException.class)
                .hasMessage("replay format version 3 is newer than this sim reads (up to 2); update Wicked Zerg");
    }

    @Test
    void theVersion1PlaceholderIsRefusedWithTheReason() throws IOException {
        // what PlaceholderReplay wrote: magic, version 1, then its fields uncompressed
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(ReplayFormat.MAGIC);
            out.writeShort(1);
            out.writeUTF("Wicked Cove");
        }

        assertThatThrownBy(() -> ReplayFormat.read(bytes.toByteArray())).isInstanceOf(ReplayFormatException.class)
                .hasMessageContaining("version 1 is a placeholder without actions");
    }

    @Test
    void anotherFileIsNotAReplay() {
        assertThatThrownBy(() -> ReplayFormat.read("PK\u0003\u0004 a zip".getBytes()))
                .isInstanceOf(ReplayFormatException.class).hasMessageContaining("not a Wicked Zerg replay");
    }
}
