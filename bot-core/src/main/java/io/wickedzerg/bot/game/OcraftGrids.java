package io.wickedzerg.bot.game;

import com.github.ocraft.s2client.bot.gateway.ObservationInterface;
import com.github.ocraft.s2client.protocol.spatial.Point2d;

/** The grids as ocraft's observation interface reads them (its game info's placement grid, its current creep). */
final class OcraftGrids implements GameGrids {

    private final ObservationInterface obs;

    OcraftGrids(ObservationInterface obs) {
        this.obs = obs;
    }

    @Override
    public boolean placeable(float x, float y) {
        return obs.isPlacable(Point2d.of(x, y));
    }

    @Override
    public boolean creep(float x, float y) {
        return obs.hasCreep(Point2d.of(x, y));
    }
}
