package io.wickedzerg.bot.game;

import com.github.ocraft.s2client.bot.gateway.ObservationInterface;
import com.github.ocraft.s2client.protocol.data.Units;
import com.github.ocraft.s2client.protocol.spatial.Point2d;
import io.wickedzerg.bot.core.PlacementCheck;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.Product;

/**
 * Placement from the game's own grids: every footprint cell placeable, and creep under tech
 * structures. A server that sends no creep map (creep unknown at our own hatchery) only gets the
 * placement-grid check.
 */
final class GridPlacementCheck implements PlacementCheck {

    private final ObservationInterface obs;
    private final boolean creepKnown;

    GridPlacementCheck(ObservationInterface obs, Point2 start) {
        this.obs = obs;
        this.creepKnown = safeCreep(obs, start);
    }

    private static boolean safeCreep(ObservationInterface obs, Point2 at) {
        try {
            return obs.hasCreep(Point2d.of((float) at.x() + 3, (float) at.y()));
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public boolean canPlace(Product structure, Point2 at) {
        boolean hatchery = structure.unit() == Units.ZERG_HATCHERY;
        int half = hatchery ? 2 : 1;
        try {
            for (int dx = -half; dx <= half; dx++) {
                for (int dy = -half; dy <= half; dy++) {
                    Point2d cell = Point2d.of((float) at.x() + dx, (float) at.y() + dy);
                    if (!obs.isPlacable(cell)) {
                        return false;
                    }
                    if (!hatchery && creepKnown && !obs.hasCreep(cell)) {
                        return false;
                    }
                }
            }
            return true;
        } catch (RuntimeException e) {
            // No grids from this server: let the game be the judge of the order.
            return true;
        }
    }
}
