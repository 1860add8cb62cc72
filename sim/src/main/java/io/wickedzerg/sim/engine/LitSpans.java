package io.wickedzerg.sim.engine;

import java.util.Arrays;

/**
 * The row spans a player's units lit at the last vision update, so the next update turns exactly those cells
 * back to fogged instead of sweeping the whole map.
 */
final class LitSpans {
    private int[] spans = new int[2 * 64];
    private int count;

    void add(int start, int endExclusive) {
        if (2 * count + 2 > spans.length) {
            spans = Arrays.copyOf(spans, spans.length * 2);
        }
        spans[2 * count] = start;
        spans[2 * count + 1] = endExclusive;
        count++;
    }

    /** Sets every cell of every span to {@code value} and forgets the spans. */
    void fillAndClear(byte[] grid, byte value) {
        for (int i = 0; i < count; i++) {
            Arrays.fill(grid, spans[2 * i], spans[2 * i + 1], value);
        }
        count = 0;
    }
}
