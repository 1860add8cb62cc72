package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.UpgradeIds;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What players and the protocol iterate comes in a fixed order, so the same game gives the same bytes on the wire
 * in every run (an immutable Map.copyOf or Set.copyOf iterates in an order that changes from run to run).
 */
class IterationOrderTest {

    @Test
    void aReportListsOutcomesByPlayerId() {
        TreeMap<Integer, PlayerReport.Outcome> outcomes = new TreeMap<>();
        for (int id = 1; id <= 8; id++) {
            outcomes.put(id, id == 3 ? PlayerReport.Outcome.VICTORY : PlayerReport.Outcome.DEFEAT);
        }
        PlayerReport report = new PlayerReport(List.of(), List.of(), List.of(), new byte[0], 0, new byte[0], 0,
                new PlayerReport.Score(0, 0, 0, 0, 0, 0, 0, 0), outcomes);

        assertThat(report.outcomes().keySet()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void aViewListsUpgradesInIdOrder() {
        Game game = TestGames.zergAgainstIdleTerran();
        List<Integer> upgrades = List.of(UpgradeIds.METABOLIC_BOOST, UpgradeIds.GLIAL_RECONSTITUTION,
                UpgradeIds.TERRAN_INFANTRY_WEAPONS_1, UpgradeIds.PROTOSS_GROUND_WEAPONS_1);
        game.player(1).upgrades.addAll(upgrades);

        assertThat(game.view(1).upgrades()).containsExactlyElementsOf(upgrades.stream().sorted().toList());
    }
}
