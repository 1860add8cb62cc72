package io.wickedzerg.sim.map;

import java.util.List;
import java.util.Objects;

/**
 * A playable map: the grids the API's {@code StartRaw} carries plus what the engine places at game start.
 * The pathing grid marks resources unpathable; the placement grid marks resources unbuildable too (the real
 * game leaves them set there, but nobody may build on them anyway). Start locations are indexed by player
 * slot: player 1 starts at {@code startLocations().get(0)}.
 *
 * <p>A map recorded from the real game ({@code map.recorded}) differs: its grids are the game's, which leave
 * mineral fields and geysers pathable and placeable (the engine still blocks them by their footprints), and it
 * lists its rocks and other neutral units in {@code neutrals}; its pathing grid has the cells the recording
 * marks under those neutrals cleared (the engine blocks them while the neutral stands).
 *
 * @param localMapPath the map file a recorded map came from ("AbyssalReefLE.SC2Map"); null for a generated map
 */
public record GameMap(
        String name,
        int width,
        int height,
        Grid pathing,
        Grid placement,
        HeightGrid terrainHeight,
        Rect playableArea,
        List<Point2> startLocations,
        List<BaseLocation> bases,
        List<Ramp> ramps,
        List<NeutralSpot> neutrals,
        String localMapPath) {

    /** A generated map: no neutral units but its bases' resources; its file name made from its name. */
    public GameMap(String name, int width, int height, Grid pathing, Grid placement, HeightGrid terrainHeight,
                   Rect playableArea, List<Point2> startLocations, List<BaseLocation> bases, List<Ramp> ramps) {
        this(name, width, height, pathing, placement, terrainHeight, playableArea, startLocations, bases, ramps,
                List.of(), null);
    }

    public GameMap {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pathing, "pathing");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(terrainHeight, "terrainHeight");
        Objects.requireNonNull(playableArea, "playableArea");
        startLocations = List.copyOf(startLocations);
        bases = List.copyOf(bases);
        ramps = List.copyOf(ramps);
        neutrals = List.copyOf(neutrals);
        if (pathing.width() != width || pathing.height() != height
                || placement.width() != width || placement.height() != height
                || terrainHeight.width() != width || terrainHeight.height() != height) {
            throw new IllegalArgumentException("grids of " + name + " must all be " + width + "x" + height);
        }
    }

    /**
     * The map file name a client may ask for: a recorded map's own ({@code localMapPath}), else made from the
     * name, e.g. "Wicked Cove" -> "WickedCove.SC2Map".
     */
    public String fileName() {
        return localMapPath != null ? localMapPath : name.replace(" ", "") + ".SC2Map";
    }

    public List<BaseLocation> basesOf(int side) {
        return bases.stream().filter(base -> base.side() == side).toList();
    }

    public BaseLocation base(int side, BaseRole role) {
        return bases.stream().filter(b -> b.side() == side && b.role() == role).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " has no " + role + " for side " + side));
    }

    public double worldHeightAt(Point2 point) {
        return terrainHeight.worldHeightAt(point.cellX(), point.cellY());
    }
}
