package io.wickedzerg.bot.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Units;
import org.junit.jupiter.api.Test;

/** ocraft's id tables follow the game's build once, however often the wire client (or ocraft) connects. */
class IdTablesTest {

    @Test
    void matchingTheSameBuildAgainLeavesTheTablesAsTheyAre() {
        IdTables.matchBuild(88_500);
        var rich = Units.from(1995);
        int richId = rich.getUnitTypeId();
        var ability766 = Abilities.from(766);

        IdTables.matchBuild(88_500);
        IdTables.matchBuild(88_500);

        assertThat(rich).as("a build past 81009 has its rich extractor at 1995").isInstanceOf(Units.class);
        assertThat(Units.from(1995)).isSameAs(rich);
        assertThat(rich.getUnitTypeId()).isEqualTo(richId);
        assertThat(Abilities.from(766)).isSameAs(ability766);
    }
}
