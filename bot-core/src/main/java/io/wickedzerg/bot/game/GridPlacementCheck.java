package io.wickedzerg.bot.game;

import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.core.PlacementCheck;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.Product;

/**
 * Placement from the game's own grids: every footprint cell placeable, and creep under tech
 * structures. A server that sends no creep map (creep unknown at our own hatchery) only gets the
 * placement-grid check.
 */
public final class GridPlacementCheck implements PlacementCheck {

    private final GameGrids grids;
    private final boolean creepKnown;

    public GridPlacementCheck(GameGrids grids, Point2 start) {
        this.grids = grids;
        this.creepKnown = safeCreep(grids, start);
    }

    private static boolean safeCreep(GameGrids grids, Point2 at) {
        try {
            return grids.creep((float) at.x() + 3, (float) at.y());
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
                    float x = (float) at.x() + dx;
                    float y = (float) at.y() + dy;
                    if (!grids.placeable(x, y)) {
                        return false;
                    }
                    if (!hatchery && creepKnown && !grids.creep(x, y)) {
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
