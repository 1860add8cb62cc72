package io.wickedzerg.sim.map;

import java.util.Arrays;

/**
 * An immutable width x height bit grid stored like SC2's {@code ImageData} with bits_per_pixel 1: row-major
 * from row y = 0, each row {@code width} cells, the first cell of a byte in its most significant bit.
 * Cells outside the grid read as false.
 */
public final class Grid {
    private final int width;
    private final int height;
    private final byte[] bits;

    private Grid(int width, int height, byte[] bits) {
        this.width = width;
        this.height = height;
        this.bits = bits;
    }

    /** A grid from ImageData bytes (copied). */
    public static Grid fromImageBytes(int width, int height, byte[] imageBytes) {
        int expected = byteCount(width, height);
        if (imageBytes.length != expected) {
            throw new IllegalArgumentException("a " + width + "x" + height + " grid needs " + expected
                    + " bytes, got " + imageBytes.length);
        }
        return new Grid(width, height, imageBytes.clone());
    }

    /** A builder that starts as a copy of this grid. */
    public Builder toBuilder() {
        Builder b = new Builder(width, height);
        System.arraycopy(bits, 0, b.bits, 0, bits.length);
        return b;
    }

    public static Builder builder(int width, int height) {
        return new Builder(width, height);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public boolean inBounds(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height;
    }

    public boolean get(int x, int y) {
        if (!inBounds(x, y)) {
            return false;
        }
        int index = y * width + x;
        return (bits[index >> 3] & (0x80 >>> (index & 7))) != 0;
    }

    /** Whether every cell of the rectangle {@code [x0, x0+w) x [y0, y0+h)} is set. */
    public boolean allSet(int x0, int y0, int w, int h) {
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                if (!get(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    public int countSet() {
        int count = 0;
        for (byte b : bits) {
            count += Integer.bitCount(b & 0xff);
        }
        return count;
    }

    /** The ImageData payload (a copy). */
    public byte[] toImageBytes() {
        return bits.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Grid other && width == other.width && height == other.height && Arrays.equals(bits, other.bits);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(bits);
    }

    @Override
    public String toString() {
        return "Grid[" + width + "x" + height + ", set=" + countSet() + "]";
    }

    private static int byteCount(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("grid size must be positive: " + width + "x" + height);
        }
        return (width * height + 7) / 8;
    }

    /** Mutable companion used while a map is generated; {@link #build()} snapshots it. */
    public static final class Builder {
        private final int width;
        private final int height;
        private final byte[] bits;

        private Builder(int width, int height) {
            this.width = width;
            this.height = height;
            this.bits = new byte[byteCount(width, height)];
        }

        public int width() {
            return width;
        }

        public int height() {
            return height;
        }

        public boolean get(int x, int y) {
            if (x < 0 || y < 0 || x >= width || y >= height) {
                return false;
            }
            int index = y * width + x;
            return (bits[index >> 3] & (0x80 >>> (index & 7))) != 0;
        }

        /** Sets one cell; cells outside the grid are ignored so shapes may be clipped by the map edge. */
        public Builder set(int x, int y, boolean value) {
            if (x < 0 || y < 0 || x >= width || y >= height) {
                return this;
            }
            int index = y * width + x;
            int mask = 0x80 >>> (index & 7);
            if (value) {
                bits[index >> 3] |= (byte) mask;
            } else {
                bits[index >> 3] &= (byte) ~mask;
            }
            return this;
        }

        public Builder fillRect(int x0, int y0, int w, int h, boolean value) {
            for (int y = y0; y < y0 + h; y++) {
                for (int x = x0; x < x0 + w; x++) {
                    set(x, y, value);
                }
            }
            return this;
        }

        public Grid build() {
            return new Grid(width, height, bits.clone());
        }
    }
}
