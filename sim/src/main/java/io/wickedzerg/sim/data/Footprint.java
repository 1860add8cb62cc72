package io.wickedzerg.sim.data;

/**
 * The cells a structure or resource covers on the placement grid, centred on its position. Odd sizes centre
 * on a cell centre (x.5), even sizes on a cell corner (x.0), as in the real game.
 */
public record Footprint(int width, int height) {
    public static final Footprint NONE = new Footprint(0, 0);

    public Footprint {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative footprint " + width + "x" + height);
        }
    }

    public static Footprint square(int side) {
        return new Footprint(side, side);
    }

    public boolean isNone() {
        return width == 0 && height == 0;
    }
}
