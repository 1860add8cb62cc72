package io.wickedzerg.bot.game;

import SC2APIProtocol.Raw;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.bot.wire.ImageGrid;

/**
 * The grids as the wire client holds them, read as ocraft's observation interface reads them: no start data
 * means nothing is placeable; no creep image means no creep.
 */
final class WireGrids implements GameGrids {

    private final ImageGrid placement;
    private final boolean bottomOrigin;
    private ImageGrid creep;

    WireGrids(Sc2Api.ResponseGameInfo info, boolean bottomOrigin) {
        this.placement = info.hasStartRaw() ? new ImageGrid(info.getStartRaw().getPlacementGrid(), bottomOrigin) : null;
        this.bottomOrigin = bottomOrigin;
    }

    /** The observation placement reads creep from until the next one. */
    void observed(Sc2Api.Observation observation) {
        Raw.ObservationRaw raw = observation.getRawData();
        creep = raw.hasMapState() && raw.getMapState().hasCreep()
                ? new ImageGrid(raw.getMapState().getCreep(), bottomOrigin) : null;
    }

    @Override
    public boolean placeable(float x, float y) {
        if (placement == null) {
            return false;
        }
        int value = placement.sample(x, y);
        return placement.bitsPerPixel() == 1 ? value == 1 : placement.bitsPerPixel() == 8 && value == 255;
    }

    @Override
    public boolean creep(float x, float y) {
        return creep != null && creep.sample(x, y) > 0;
    }
}
