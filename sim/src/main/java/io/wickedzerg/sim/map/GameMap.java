package io.wickedzerg.sim.map;

import java.util.List;
import java.util.Objects;

/**
 * A playable map: the grids the API's {@code StartRaw} carries plus what the engine places at game start.
 * The pathing grid marks resources unpathable; the placement grid marks resources unbuildable too (the real
 * game leaves them set there, but nobody may build on them anyway). Start locations are indexed by player
 * slot: player 1 starts at {@code startLocations().get(0)}.
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
        List<Ramp> ramps) {

    public GameMap {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pathing, "pathing");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(terrainHeight, "terrainHeight");
        Objects.requireNonNull(playableArea, "playableArea");
        startLocations = List.copyOf(startLocations);
        bases = List.copyOf(bases);
        ramps = List.copyOf(ramps);
        if (pathing.width() != width || pathing.height() != height
                || placement.width() != width || placement.height() != height
                || terrainHeight.width() != width || terrainHeight.height() != height) {
            throw new IllegalArgumentException("grids of " + name + " must all be " + width + "x" + height);
        }
    }

    /** The map file name a client may ask for, e.g. "Wicked Cove" -> "WickedCove.SC2Map". */
    public String fileName() {
        return name.replace(" ", "") + ".SC2Map";
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
