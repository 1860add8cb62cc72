package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.map.BuiltInMaps;
import io.wickedzerg.sim.map.Point2;
import io.wickedzerg.sim.map.Terrain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A game on the default map with two passive players (their start bases far away) and an open patch of
 * ground in the middle where tests place units and let them fight.
 */
final class Battlefield {
    final Game game;
    final Point2 centre;

    Battlefield() {
        game = new Game(GameSetup.builder(BuiltInMaps.standard().defaultMap())
                .player(new PlayerSlot(1, Race.TERRAN, true, Difficulty.VERY_EASY, "one"))
                .player(new PlayerSlot(2, Race.ZERG, true, Difficulty.VERY_EASY, "two"))
                .computers(spec -> (view, commands) -> { })
                .seed(7)
                .build());
        centre = openSpot(game.terrain());
    }

    /** A point {@code dx, dy} cells from the centre of the open patch. */
    Point2 at(double dx, double dy) {
        return Point2.of(centre.x() + dx, centre.y() + dy);
    }

    List<Long> spawn(int owner, int type, int count, Point2 where) {
        List<Long> tags = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tags.add(game.spawnFinished(owner, type, where));
        }
        return tags;
    }

    Optional<UnitView> unit(int owner, long tag) {
        return game.view(owner).ownUnits().stream().filter(u -> u.tag() == tag).findFirst();
    }

    List<UnitView> alive(int owner, List<Long> tags) {
        return game.view(owner).ownUnits().stream().filter(u -> tags.contains(u.tag())).toList();
    }

    /** Steps until one side has none of its listed units left (or the loop budget runs out). */
    void fight(List<Long> first, List<Long> second, int maxLoops) {
        for (int i = 0; i < maxLoops && !alive(1, first).isEmpty() && !alive(2, second).isEmpty(); i++) {
            game.step(1);
        }
    }

    void attackMove(int owner, List<Long> tags, Point2 to) {
        game.issue(owner, new Command.AttackMove(tags, to, false));
    }

    /** The middle of the map between the start locations, moved to the centre of a walkable 13 x 13 square. */
    private static Point2 openSpot(Terrain terrain) {
        Point2 a = terrain.startLocations().get(0);
        Point2 b = terrain.startLocations().get(1);
        int cx = (int) ((a.x() + b.x()) / 2);
        int cy = (int) ((a.y() + b.y()) / 2);
        for (int r = 0; r < 40; r++) {
            for (int y = cy - r; y <= cy + r; y++) {
                for (int x = cx - r; x <= cx + r; x++) {
                    if (open(terrain, x, y, 6)) {
                        return Point2.of(x + 0.5, y + 0.5);
                    }
                }
            }
        }
        throw new IllegalStateException("no open ground near the middle of the map");
    }

    private static boolean open(Terrain terrain, int x, int y, int half) {
        for (int dy = -half; dy <= half; dy++) {
            for (int dx = -half; dx <= half; dx++) {
                if (!terrain.isPathable(x + dx, y + dy)) {
                    return false;
                }
            }
        }
        return true;
    }
}
