package io.wickedzerg.sim.map;


import java.util.List;
import java.util.Objects;

/**
 * The ground a game is played on, read from a built-in {@link GameMap}: grids unpacked for fast lookups,
 * start locations in engine coordinates.
 */
public final class Terrain {
    private final GameMap map;
    private final int width;
    private final int height;
    private final boolean[] pathable;
    private final boolean[] placeable;
    private final List<Point2> startLocations;

    public Terrain(GameMap map) {
        this.map = Objects.requireNonNull(map, "map");
        this.width = map.width();
        this.height = map.height();
        this.pathable = new boolean[width * height];
        this.placeable = new boolean[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pathable[y * width + x] = map.pathing().get(x, y);
                placeable[y * width + x] = map.placement().get(x, y);
            }
        }
        this.startLocations = map.startLocations();
        if (startLocations.size() < 2) {
            throw new IllegalArgumentException("map " + map.name() + " needs two start locations");
        }
    }

    public GameMap map() {
        return map;
    }

    public String name() {
        return map.name();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public List<Point2> startLocations() {
        return startLocations;
    }

    public boolean inside(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height;
    }

    public boolean isPathable(int x, int y) {
        return inside(x, y) && pathable[y * width + x];
    }

    public boolean isPlaceable(int x, int y) {
        return inside(x, y) && placeable[y * width + x];
    }

    public int heightAt(int x, int y) {
        return map.terrainHeight().valueAt(x, y);
    }
}
