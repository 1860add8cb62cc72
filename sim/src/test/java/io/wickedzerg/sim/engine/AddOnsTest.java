package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.map.Point2;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tech labs and reactors on Barracks, Factories and Starports. Player 1 is Terran. */
class AddOnsTest {
    private static final int TERRAN = 1;

    private final Battlefield field = new Battlefield();
    private final Game game = field.game;

    AddOnsTest() {
        game.player(TERRAN).minerals = 5000;
        game.player(TERRAN).vespene = 5000;
    }

    private CommandResult addOn(long producer, int type) {
        return game.issue(TERRAN, new Command.BuildAddOn(List.of(producer), type, false));
    }

    private CommandResult train(long producer, int type) {
        return game.issue(TERRAN, new Command.Train(List.of(producer), type, false));
    }

    private List<UnitView> ofType(int type) {
        return game.view(TERRAN).ownUnits().stream().filter(u -> u.type() == type).toList();
    }

    private void stepFor(float loops) {
        game.step((int) Math.ceil(loops) + 1);
    }

    @Test
    void aTechLabIsBuiltBesideItsProducerForTheTablesCostAndTime() {
        long barracks = game.spawnFinished(TERRAN, UnitTypeIds.BARRACKS, field.at(-3, 0));
        UnitFacts lab = game.catalog.get(UnitTypeIds.BARRACKS_TECH_LAB);
        int minerals = game.player(TERRAN).minerals;
        int vespene = game.player(TERRAN).vespene;

        assertThat(addOn(barracks, UnitTypeIds.TECH_LAB)).isEqualTo(CommandResult.Success);

        assertThat(game.player(TERRAN).minerals).isEqualTo(minerals - lab.netCost().minerals());
        assertThat(game.player(TERRAN).vespene).isEqualTo(vespene - lab.netCost().vespene());
        game.step(1);
        UnitView building = ofType(UnitTypeIds.BARRACKS_TECH_LAB).get(0);
        assertThat(building.position()).isEqualTo(Point2.of(field.at(-3, 0).x() + 2.5, field.at(-3, 0).y() - 0.5));
        assertThat(building.isFinished()).isFalse();
        assertThat(train(barracks, UnitTypeIds.MARINE)).as("busy with its add-on").isEqualTo(CommandResult.Error);
        assertThat(addOn(barracks, UnitTypeIds.REACTOR)).as("one add-on only").isEqualTo(CommandResult.QueueIsFull);
        assertThat(field.unit(TERRAN, barracks).orElseThrow().orders()).singleElement()
                .satisfies(o -> assertThat(o.abilityId()).isEqualTo(lab.abilityId()));

        game.step((int) lab.buildTime() - 3);
        assertThat(ofType(UnitTypeIds.BARRACKS_TECH_LAB).get(0).isFinished()).isFalse();
        game.step(3);
        assertThat(ofType(UnitTypeIds.BARRACKS_TECH_LAB).get(0).isFinished()).isTrue();
        assertThat(field.unit(TERRAN, barracks).orElseThrow().addOnTag()).as("add_on_tag")
                .isEqualTo(building.tag());
        assertThat(game.view(2).enemyUnits()).as("the enemy does not see whose add-on it is")
                .allSatisfy(u -> assertThat(u.addOnTag()).isZero());
    }

    @Test
    void onlyAProducerWithItsOwnTechLabTrainsTechLabUnits() {
        long withLab = game.spawnFinished(TERRAN, UnitTypeIds.BARRACKS, field.at(-3, 3));
        long without = game.spawnFinished(TERRAN, UnitTypeIds.BARRACKS, field.at(-3, -3));
        assertThat(train(withLab, UnitTypeIds.MARAUDER)).isEqualTo(CommandResult.TechRequirementsNotMet);
        UnitFacts marauder = game.catalog.get(UnitTypeIds.MARAUDER);
        assertThat(game.availableAbilities(TERRAN, withLab)).doesNotContain(marauder.abilityId());

        assertThat(addOn(withLab, UnitTypeIds.BARRACKS_TECH_LAB)).isEqualTo(CommandResult.Success);
        stepFor(game.catalog.get(UnitTypeIds.BARRACKS_TECH_LAB).buildTime());

        assertThat(game.availableAbilities(TERRAN, withLab)).contains(marauder.abilityId());
        assertThat(game.availableAbilities(TERRAN, without)).doesNotContain(marauder.abilityId());
        assertThat(train(without, UnitTypeIds.MARAUDER)).isEqualTo(CommandResult.TechRequirementsNotMet);
        assertThat(train(withLab, UnitTypeIds.MARAUDER)).isEqualTo(CommandResult.Success);
        stepFor(marauder.buildTime());
        assertThat(ofType(UnitTypeIds.MARAUDER)).hasSize(1);
    }

    @Test
    void aFactoryTechLabUnlocksTheSiegeTank() {
        long factory = game.spawnFinished(TERRAN, UnitTypeIds.FACTORY, field.at(-3, 0));
        assertThat(train(factory, UnitTypeIds.SIEGE_TANK)).isEqualTo(CommandResult.TechRequirementsNotMet);
        assertThat(addOn(factory, UnitTypeIds.TECH_LAB)).isEqualTo(CommandResult.Success);
        game.step(1);
        assertThat(ofType(UnitTypeIds.FACTORY_TECH_LAB)).hasSize(1);
        stepFor(game.catalog.get(UnitTypeIds.FACTORY_TECH_LAB).buildTime());
        assertThat(train(factory, UnitTypeIds.SIEGE_TANK)).isEqualTo(CommandResult.Success);
    }

    @Test
    void aReactorTrainsTwoUnitsAtOnce() {
        long reactor = game.spawnFinished(TERRAN, UnitTypeIds.BARRACKS, field.at(-3, 3));
        long plain = game.spawnFinished(TERRAN, UnitTypeIds.BARRACKS, field.at(-3, -3));
        assertThat(addOn(reactor, UnitTypeIds.REACTOR)).isEqualTo(CommandResult.Success);
        stepFor(game.catalog.get(UnitTypeIds.BARRACKS_REACTOR).buildTime());
        game.spawnFinished(TERRAN, UnitTypeIds.SUPPLY_DEPOT, field.at(3, 4));
        game.step(1);
        int before = ofType(UnitTypeIds.MARINE).size();

        for (long barracks : List.of(reactor, reactor, plain, plain)) {
            assertThat(train(barracks, UnitTypeIds.MARINE)).isEqualTo(CommandResult.Success);
        }
        stepFor(game.catalog.get(UnitTypeIds.MARINE).buildTime());

        assertThat(ofType(UnitTypeIds.MARINE)).hasSize(before + 3);
        assertThat(game.unit(reactor).queue).isEmpty();
        assertThat(game.unit(plain).queue).hasSize(1);
    }

    @Test
    void aBlockedSiteIsRefusedAndCostsNothing() {
        long barracks = game.spawnFinished(TERRAN, UnitTypeIds.BARRACKS, field.at(-3, 0));
        game.spawnFinished(TERRAN, UnitTypeIds.SUPPLY_DEPOT, field.at(-0.5, -0.5));
        int minerals = game.player(TERRAN).minerals;

        assertThat(addOn(barracks, UnitTypeIds.REACTOR)).isEqualTo(CommandResult.CantBuildLocationInvalid);
        assertThat(game.player(TERRAN).minerals).isEqualTo(minerals);
        assertThat(addOn(game.spawnFinished(TERRAN, UnitTypeIds.MARINE, field.at(0, 4)), UnitTypeIds.REACTOR))
                .isEqualTo(CommandResult.Error);
    }
}
