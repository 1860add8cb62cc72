package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.map.Point2;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Queens plant creep tumors; tumors burrow, spread creep and plant one more. Player 2 is Zerg. */
class CreepTumorsTest {
    private static final int ZERG = 2;
    private static final int BUILD_BUDGET = 600;

    private final Battlefield field = new Battlefield();
    private final Game game = field.game;

    /** A finished hatchery in the open patch (creep radius 12) and a queen beside it; vision is updated. */
    private long queenOnCreep() {
        game.spawnFinished(ZERG, UnitTypeIds.HATCHERY, field.at(0, 0));
        long queen = game.spawnFinished(ZERG, UnitTypeIds.QUEEN, field.at(3, 3));
        game.step(Vision.INTERVAL);
        game.unit(queen).energy = 50;
        return queen;
    }

    private CommandResult plant(long caster, Point2 site) {
        return game.issue(ZERG, new Command.BuildCreepTumor(List.of(caster), site, false));
    }

    private List<UnitView> ofType(int type) {
        return game.view(ZERG).ownUnits().stream().filter(u -> u.type() == type).toList();
    }

    /** Steps until a unit of the type exists and is finished; returns it. */
    private UnitView awaitFinished(int type) {
        for (int i = 0; i < BUILD_BUDGET; i++) {
            List<UnitView> found = ofType(type).stream().filter(UnitView::isFinished).toList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            game.step(1);
        }
        throw new AssertionError("no finished unit of type " + type + " within " + BUILD_BUDGET + " loops");
    }

    private long plantedTumor(long queen, Point2 site) {
        assertThat(plant(queen, site)).isEqualTo(CommandResult.Success);
        return awaitFinished(UnitTypeIds.CREEP_TUMOR_BURROWED).tag();
    }

    @Test
    void aQueenWalksToTheSitePaysEnergyAndTheTumorSpreadsCreepBeyondTheHatchery() {
        long queen = queenOnCreep();
        Point2 site = field.at(8, 0);
        List<int[]> dryBefore = dryCellsNear(site, CreepMap.TUMOR_RADIUS);

        assertThat(plant(queen, site)).isEqualTo(CommandResult.Success);
        for (int i = 0; i < BUILD_BUDGET && ofType(UnitTypeIds.CREEP_TUMOR_QUEEN).isEmpty(); i++) {
            game.step(1);
        }
        UnitView growing = ofType(UnitTypeIds.CREEP_TUMOR_QUEEN).get(0);
        assertThat(growing.position().distanceTo(site)).isLessThan(0.01);
        assertThat(growing.isFinished()).isFalse();
        assertThat(game.unit(queen).energy).isLessThan(50 - CreepTumors.QUEEN_ENERGY + 1);
        assertThat(game.unit(queen).position().distanceTo(site)).isLessThan(3);

        UnitView burrowed = awaitFinished(UnitTypeIds.CREEP_TUMOR_BURROWED);
        assertThat(burrowed.tag()).isEqualTo(growing.tag());
        assertThat(dryBefore).isNotEmpty();
        List<int[]> creeped = dryBefore.stream().filter(c -> game.creep.has(c[0], c[1])).toList();
        assertThat(creeped).isNotEmpty();
        assertThat(creeped).allSatisfy(c -> assertThat(Math.hypot(c[0] + 0.5 - site.x(), c[1] + 0.5 - site.y()))
                .isLessThanOrEqualTo(CreepMap.TUMOR_RADIUS + 1.5));
    }

    @Test
    void zergStructuresCanBeBuiltOnTheTumorsNewCreep() {
        long queen = queenOnCreep();
        Point2 site = field.at(8, 0);
        List<Point2> dryPoolSites = new ArrayList<>();
        for (int dx = 9; dx <= 15; dx++) {
            for (int dy = -4; dy <= 4; dy++) {
                Point2 centre = field.at(dx + 0.5, dy + 0.5);
                if (game.checkPlacement(ZERG, UnitTypeIds.SPAWNING_POOL, centre) == CommandResult.CantBuildTooFarFromCreepSource) {
                    dryPoolSites.add(centre);
                }
            }
        }
        assertThat(dryPoolSites).as("pool sites off the hatchery's creep").isNotEmpty();

        plantedTumor(queen, site);
        Point2 pool = dryPoolSites.stream()
                .filter(c -> game.checkPlacement(ZERG, UnitTypeIds.SPAWNING_POOL, c) == CommandResult.Success)
                .findFirst().orElseThrow(() -> new AssertionError("no pool site became placeable on the new creep"));
        long drone = game.spawnFinished(ZERG, UnitTypeIds.DRONE, field.at(2, -2));
        game.player(ZERG).minerals = 1000;
        assertThat(game.issue(ZERG, new Command.Build(List.of(drone), UnitTypeIds.SPAWNING_POOL, pool, false)))
                .isEqualTo(CommandResult.Success);
        for (int i = 0; i < BUILD_BUDGET && ofType(UnitTypeIds.SPAWNING_POOL).isEmpty(); i++) {
            game.step(1);
        }
        assertThat(ofType(UnitTypeIds.SPAWNING_POOL)).singleElement()
                .satisfies(p -> assertThat(p.position().distanceTo(pool)).isLessThan(0.01));
    }

    @Test
    void aTumorPlantsExactlyOneChildWithinItsRange() {
        long queen = queenOnCreep();
        long tumor = plantedTumor(queen, field.at(8, 0));
        assertThat(game.availableAbilities(ZERG, tumor)).contains(AbilityIds.BUILD_CREEP_TUMOR_TUMOR);
        game.step(Vision.INTERVAL);

        assertThat(plant(tumor, field.at(8 + CreepTumors.TUMOR_CAST_RANGE + 2, 0)))
                .isEqualTo(CommandResult.TargetIsOutOfRange);
        assertThat(plant(tumor, field.at(14, 1))).isEqualTo(CommandResult.Success);
        assertThat(plant(tumor, field.at(12, -2))).isEqualTo(CommandResult.Error);
        assertThat(game.availableAbilities(ZERG, tumor)).doesNotContain(AbilityIds.BUILD_CREEP_TUMOR_TUMOR);

        game.step(1);
        assertThat(ofType(UnitTypeIds.CREEP_TUMOR)).hasSize(1);
        for (int i = 0; i < BUILD_BUDGET && !ofType(UnitTypeIds.CREEP_TUMOR).isEmpty(); i++) {
            game.step(1);
        }
        List<UnitView> children = ofType(UnitTypeIds.CREEP_TUMOR_BURROWED).stream().filter(u -> u.tag() != tumor).toList();
        assertThat(children).singleElement().satisfies(child -> {
            assertThat(child.position().distanceTo(field.at(14, 1))).isLessThan(0.01);
            assertThat(game.availableAbilities(ZERG, child.tag())).contains(AbilityIds.BUILD_CREEP_TUMOR_TUMOR);
        });
    }

    @Test
    void badTargetsGetTheRealGamesErrors() {
        long dryQueen = game.spawnFinished(ZERG, UnitTypeIds.QUEEN, field.at(-3, 0));
        game.step(Vision.INTERVAL);
        game.unit(dryQueen).energy = 50;
        Point2 dry = field.at(-1, 0);
        assertThat(game.terrain().isPlaceable((int) dry.x(), (int) dry.y())).as("precondition: open ground").isTrue();
        assertThat(plant(dryQueen, dry)).isEqualTo(CommandResult.CantBuildTooFarFromCreepSource);

        long queen = queenOnCreep();
        Point2 enemyStart = game.terrain().startLocations().get(0);
        assertThat(plant(queen, enemyStart)).isEqualTo(CommandResult.CantSeeBuildLocation);
        assertThat(plant(queen, field.at(0, 0))).as("under the hatchery").isEqualTo(CommandResult.CantBuildLocationInvalid);

        game.unit(queen).energy = 10;
        assertThat(plant(queen, field.at(6, 0))).isEqualTo(CommandResult.NotEnoughEnergy);
        assertThat(game.availableAbilities(ZERG, queen)).doesNotContain(AbilityIds.BUILD_CREEP_TUMOR_QUEEN);
        game.unit(queen).energy = 30;
        assertThat(game.availableAbilities(ZERG, queen)).contains(AbilityIds.BUILD_CREEP_TUMOR_QUEEN);
        assertThat(ofType(UnitTypeIds.CREEP_TUMOR_QUEEN)).isEmpty();
    }

    @Test
    void theSiteIsCheckedAgainOnArrivalAndAFailureIsReported() {
        long queen = queenOnCreep();
        assertThat(plant(queen, field.at(8, 0))).isEqualTo(CommandResult.Success);
        game.unit(queen).energy = 0;
        for (int i = 0; i < 200; i++) {
            game.step(1);
        }
        assertThat(ofType(UnitTypeIds.CREEP_TUMOR_QUEEN)).isEmpty();
        assertThat(game.report(ZERG).actionErrors()).anySatisfy(e -> {
            assertThat(e.abilityId()).isEqualTo(AbilityIds.BUILD_CREEP_TUMOR_QUEEN);
            assertThat(e.result()).isEqualTo(CommandResult.NotEnoughEnergy);
        });
    }

    /** Cells within {@code radius} of a point that have no creep yet and could carry it. */
    private List<int[]> dryCellsNear(Point2 p, int radius) {
        List<int[]> cells = new ArrayList<>();
        for (int y = (int) p.y() - radius; y <= (int) p.y() + radius; y++) {
            for (int x = (int) p.x() - radius; x <= (int) p.x() + radius; x++) {
                if (game.terrain().inside(x, y) && game.terrain().isPlaceable(x, y) && !game.creep.has(x, y)) {
                    cells.add(new int[] {x, y});
                }
            }
        }
        return cells;
    }
}
