package io.wickedzerg.sim.protocol;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaceholderReplayTest {
    private static final PlaceholderReplay REPLAY = new PlaceholderReplay(1, "Wicked Cove", "Wicked Cove.SC2Map", 42,
            1_234, true, List.of(
            new PlaceholderReplay.Player(1, "Participant", "Random", "Protoss", "bot", "", "Victory"),
            new PlaceholderReplay.Player(2, "Computer", "Zerg", "Zerg", "Computer Hard", "Hard", "Defeat")));

    @Test
    void itReadsBackWhatItWroteAndStartsWithItsMagicAndVersion() {
        byte[] bytes = REPLAY.toBytes();
        assertThat(new String(bytes, 0, 8, StandardCharsets.US_ASCII)).isEqualTo("WZREPLAY");
        assertThat(bytes[8] << 8 | bytes[9]).isEqualTo(1);
        assertThat(PlaceholderReplay.parse(bytes)).isEqualTo(REPLAY);
    }

    @Test
    void itRefusesOtherFilesUnknownVersionsAndTruncatedOnes() {
        assertThatThrownBy(() -> PlaceholderReplay.parse("MPQ\u001a...".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("WZREPLAY");
        byte[] future = REPLAY.toBytes();
        future[9] = 2;
        assertThatThrownBy(() -> PlaceholderReplay.parse(future)).hasMessageContaining("version 2");
        byte[] whole = REPLAY.toBytes();
        assertThatThrownBy(() -> PlaceholderReplay.parse(Arrays.copyOf(whole, whole.length - 3)))
                .hasMessageContaining("truncated");
    }
}
