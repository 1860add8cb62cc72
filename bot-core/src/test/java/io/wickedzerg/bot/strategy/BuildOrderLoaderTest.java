package io.wickedzerg.bot.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wickedzerg.bot.testing.Fixtures;
import io.wickedzerg.bot.testing.ProjectFiles;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildOrderLoaderTest {

    private final BuildOrderLoader loader = new BuildOrderLoader(Fixtures.TECH);

    @Test
    void everyShippedBuildOrderLoads() {
        Map<String, BuildOrder> all = loader.loadAll(ProjectFiles.path("config/build-orders"));

        assertThat(all).containsKeys("hatch-gas-pool", "12-pool", "roach-timing");
        BuildOrder hgp = all.get("hatch-gas-pool");
        assertThat(hgp.steps().get(0).product().name()).isEqualTo("overlord");
        assertThat(hgp.steps().get(0).targetCount()).as("one overlord at start + this one").isEqualTo(2);
        assertThat(hgp.steps().get(1).targetCount()).as("second hatchery").isEqualTo(2);
    }

    @Test
    void zerglingCountsArePairs() {
        BuildOrder order = loader.parse("x", "x.json",
                "{\"steps\":[{\"supply\":12,\"make\":\"spawning_pool\"},{\"supply\":13,\"make\":\"zergling\",\"count\":3}]}");

        assertThat(order.steps().get(1).targetCount()).isEqualTo(6);
    }

    @Test
    void unknownProductNamesFileStepAndAllowedValues() {
        assertThatThrownBy(() -> loader.parse("x", "config/build-orders/x.json",
                "{\"steps\":[{\"supply\":13,\"make\":\"overlord\"},{\"supply\":17,\"make\":\"hatchry\"}]}"))
                .isInstanceOf(StrategyException.class)
                .hasMessageContaining("config/build-orders/x.json: step 2 (hatchry): unknown product 'hatchry'")
                .hasMessageContaining("allowed:").hasMessageContaining("hatchery");
    }

    @Test
    void aUnitBeforeItsTechIsRejected() {
        assertThatThrownBy(() -> loader.parse("x", "x.json", "{\"steps\":[{\"supply\":14,\"make\":\"roach\"}]}"))
                .hasMessageContaining("x.json: step 1 (roach): needs roach_warren, which no earlier step makes");
    }

    @Test
    void badSupplyCountAndFieldsAreNamed() {
        assertThatThrownBy(() -> loader.parse("x", "x.json", "{\"steps\":[{\"supply\":0,\"make\":\"drone\"}]}"))
                .hasMessageContaining("step 1 (drone): \"supply\" must be a whole number from 1 to 200");
        assertThatThrownBy(() -> loader.parse("x", "x.json", "{\"steps\":[{\"supply\":13,\"make\":\"drone\",\"count\":0}]}"))
                .hasMessageContaining("\"count\" must be a whole number from 1 to 50");
        assertThatThrownBy(() -> loader.parse("x", "x.json", "{\"steps\":[{\"supply\":13,\"make\":\"drone\",\"when\":1}]}"))
                .hasMessageContaining("step 1: unknown field \"when\"; allowed: count, make, note, supply");
        assertThatThrownBy(() -> loader.parse("x", "x.json", "{\"name\":\"n\"}"))
                .hasMessageContaining("x.json: \"steps\" must be a non-empty array");
    }

    @Test
    void brokenJsonGivesLineAndColumn() {
        assertThatThrownBy(() -> loader.parse("x", "x.json", "{\"steps\": [\n  {\"supply\": 13,, }\n]}"))
                .hasMessageContaining("x.json: not valid JSON at line 2");
    }

    @Test
    void anUpgradeIsResearchedOnce() {
        assertThatThrownBy(() -> loader.parse("x", "x.json",
                "{\"steps\":[{\"supply\":12,\"make\":\"spawning_pool\"},{\"supply\":13,\"make\":\"metabolic_boost\"},"
                        + "{\"supply\":14,\"make\":\"metabolic_boost\"}]}"))
                .hasMessageContaining("step 3 (metabolic_boost): 'metabolic_boost' is already researched");
    }
}
