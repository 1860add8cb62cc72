package io.wickedzerg.app.stats;

/** The median of values already sorted: the middle one, or the mean of the middle two. */
public final class Median {

    private Median() {
    }

    /** NaN for no values. */
    public static double ofSorted(double[] sorted) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
