package io.wickedzerg.sim.map.recorded;

import io.wickedzerg.sim.data.Attribute;
import io.wickedzerg.sim.map.Grid;
import io.wickedzerg.sim.map.NeutralSpot;
import io.wickedzerg.sim.map.NeutralSpot.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cells a recorded map's neutral unit blocks. game_data has no footprints, and the recorded grid marks
 * some rocks (4x4, 6x6, unbuildable plates) but not others (the huge diagonal ramp rocks), so the shape comes
 * from the observed radius: a square of floor(2 x radius) cells centred on the unit (4x4 rocks have radius 2.25,
 * 6x6 3.1875, 2x2 debris 1.4375); for a diagonal rock ("...Diagonal...BLUR" or "ULBR" in its name) only the band
 * of that square within 2 cells of the diagonal it lies along. Destructibles (armored structures: rocks, debris,
 * plates) block that whole shape; other neutrals (towers, inhibitor zones) only the cells of it the recording
 * marks unpathable, so what units walk through in the game they walk through here.
 */
final class ObstacleCells {
    private static final double DIAGONAL_HALF_WIDTH = 2;

    private ObstacleCells() {
    }

    static NeutralSpot spot(ObservedNeutral unit, Grid recordedPathing) {
        List<Cell> shape = shape(unit);
        List<Cell> recorded = shape.stream().filter(c -> !recordedPathing.get(c.x(), c.y())).toList();
        boolean destructible = unit.facts().hasAttribute(Attribute.ARMORED);
        return new NeutralSpot(unit.facts().id(), unit.position(), unit.radius(), 0,
                destructible ? shape : recorded, recorded);
    }

    static List<Cell> shape(ObservedNeutral unit) {
        int size = Math.max(1, (int) Math.floor(2 * unit.radius()));
        double cx = unit.position().x();
        double cy = unit.position().y();
        int x0 = (int) Math.round(cx - size / 2.0);
        int y0 = (int) Math.round(cy - size / 2.0);
        String name = unit.facts().name().toUpperCase(Locale.ROOT);
        boolean diagonal = name.contains("DIAGONAL");
        boolean rising = name.contains("BLUR");
        List<Cell> cells = new ArrayList<>();
        for (int y = y0; y < y0 + size; y++) {
            for (int x = x0; x < x0 + size; x++) {
                double dx = x + 0.5 - cx;
                double dy = y + 0.5 - cy;
                // BLUR lies from bottom-left to upper-right (along y = x), ULBR along y = -x
                double off = rising ? Math.abs(dx - dy) : Math.abs(dx + dy);
                if (!diagonal || off / Math.sqrt(2) <= DIAGONAL_HALF_WIDTH) {
                    cells.add(new Cell(x, y));
                }
            }
        }
        return cells;
    }
}
