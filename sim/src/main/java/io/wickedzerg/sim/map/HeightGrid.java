package io.wickedzerg.sim.map;

import java.util.Arrays;

/**
 * Terrain height as SC2's {@code ImageData} with bits_per_pixel 8: one byte per cell, row-major from y = 0.
 * A byte b stands for the world height {@code -16 + 32 * b / 255} (the encoding python-sc2 and the real
 * maps use: a main at byte 223 is at z = 12, two units above a natural at 207).
 */
public final class HeightGrid {
    private final int width;
    private final int height;
    private final byte[] values;

    private HeightGrid(int width, int height, byte[] values) {
        this.width = width;
        this.height = height;
        this.values = values;
    }

    public static HeightGrid fromImageBytes(int width, int height, byte[] imageBytes) {
        if (width <= 0 || height <= 0 || imageBytes.length != width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " height grid needs "
                    + (long) width * height + " bytes, got " + imageBytes.length);
        }
        return new HeightGrid(width, height, imageBytes.clone());
    }

    public static double byteToWorld(int value) {
        return -16.0 + 32.0 * value / 255.0;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The raw byte 0..255 of a cell; 0 outside the grid. */
    public int valueAt(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return 0;
        }
        return values[y * width + x] & 0xff;
    }

    /** World height (z) of a cell. */
    public double worldHeightAt(int x, int y) {
        return byteToWorld(valueAt(x, y));
    }

    public byte[] toImageBytes() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeightGrid other && width == other.width && height == other.height
                && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "HeightGrid[" + width + "x" + height + "]";
    }
}
