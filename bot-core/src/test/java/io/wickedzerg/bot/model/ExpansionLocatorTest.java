package io.wickedzerg.bot.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.bot.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpansionLocatorTest {

    @Test
    void findsOneSitePerResourceClusterAtLegalDistance() {
        List<UnitView> all = new ArrayList<>(Fixtures.resources(Fixtures.MAIN, 500));
        all.addAll(Fixtures.resources(Fixtures.NATURAL, 700));
        List<UnitView> minerals = all.stream().filter(u -> ZergTech.isMineralField(u.type())).toList();
        List<UnitView> geysers = all.stream().filter(u -> ZergTech.isGeyser(u.type())).toList();

        List<Point2> sites = ExpansionLocator.locate(minerals, geysers, 4);

        assertThat(sites).hasSize(2);
        for (Point2 site : sites) {
            for (UnitView m : minerals) {
                assertThat(site.distance(m.pos())).isGreaterThanOrEqualTo(ExpansionLocator.MIN_MINERAL_DISTANCE);
            }
            for (UnitView g : geysers) {
                assertThat(site.distance(g.pos())).isGreaterThanOrEqualTo(ExpansionLocator.MIN_GEYSER_DISTANCE);
            }
        }
        // The main's site is close to where the hatchery really stands (minerals 7 above it).
        assertThat(sites).anySatisfy(p -> assertThat(p.distance(Fixtures.MAIN)).isLessThan(3));
        assertThat(sites).anySatisfy(p -> assertThat(p.distance(Fixtures.NATURAL)).isLessThan(3));
    }

    @Test
    void ignoresClustersWithTooFewMinerals() {
        List<UnitView> lone = Fixtures.resources(Fixtures.MAIN, 500).subList(0, 2);

        assertThat(ExpansionLocator.locate(lone, List.of(), 4)).isEmpty();
    }
}
