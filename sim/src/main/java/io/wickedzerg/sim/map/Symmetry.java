package io.wickedzerg.sim.map;

/** Point reflection through the centre of a width x height map: what side 1 sees of side 0's layout. */
record Symmetry(int width, int height) {
    Point2 mirror(Point2 p) {
        return new Point2(width - p.x(), height - p.y());
    }

    int mirrorX(int cellX) {
        return width - 1 - cellX;
    }

    int mirrorY(int cellY) {
        return height - 1 - cellY;
    }
}
