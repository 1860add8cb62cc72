package io.wickedzerg.app.stats;

import java.util.Arrays;
import java.util.List;

/**
 * The Hodges-Lehmann estimate of where a set of paired differences is centred, with the distribution-free 95 %
 * interval of Wilcoxon's signed-rank test (as R's {@code wilcox.test(..., conf.int = TRUE)} gives it, exactly, not by
 * the normal approximation). A game disturbed by something else on the machine moves it by one rank, where it would
 * move a mean by its whole size; and it is nearly as tight as Student's t when nothing is disturbed.
 */
public final class HodgesLehmann {

    private static final double ALPHA = 0.05;

    private HodgesLehmann() {
    }

    /** Ratios (one per pair of runs) are taken as logarithms, so 0.5 and 2 are as far from 1; the answer is a ratio. */
    public static Interval ofRatios(List<Double> ratios) {
        Interval logs = of(ratios.stream().map(Math::log).toList());
        return new Interval(Math.exp(logs.estimate()), Math.exp(logs.low()), Math.exp(logs.high()));
    }

    /**
     * The median of the Walsh averages (every {@code (x[i] + x[j]) / 2} with {@code i <= j}); the interval runs from
     * the q-th smallest of them to the q-th largest, q the signed-rank statistic's 2.5 % quantile. Fewer than six
     * values cannot reach 95 % (with five, all signs alike already has probability 1/32 each way), so they give no
     * interval; no values give NaN throughout.
     */
    public static Interval of(List<Double> values) {
        double[] walsh = walshAverages(values);
        double estimate = Median.ofSorted(walsh);
        int q = lowerQuantile(values.size());
        if (q == 0) {
            return new Interval(estimate, Double.NaN, Double.NaN);
        }
        return new Interval(estimate, walsh[q - 1], walsh[walsh.length - q]);
    }

    static double[] walshAverages(List<Double> values) {
        int n = values.size();
        double[] walsh = new double[n * (n + 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                walsh[k++] = (values.get(i) + values.get(j)) / 2;
            }
        }
        Arrays.sort(walsh);
        return walsh;
    }

    /**
     * The smallest q with P(V <= q) >= 2.5 % (R's {@code qsignrank(0.025, n)}), V the signed-rank statistic of n
     * values under no shift; 0 when P(V <= 0) alone reaches it, that is when no interval reaches 95 %.
     */
    static int lowerQuantile(int n) {
        double[] p = signedRankDistribution(n);
        double cumulative = 0;
        for (int q = 0; q < p.length; q++) {
            cumulative += p[q];
            if (cumulative >= ALPHA / 2) {
                return q;
            }
        }
        throw new IllegalStateException("the distribution does not sum to 1");
    }

    /** P(V = s) for s = 0 .. n(n+1)/2: how many subsets of the ranks 1..n sum to s, over 2^n. */
    static double[] signedRankDistribution(int n) {
        int max = n * (n + 1) / 2;
        double[] ways = new double[max + 1];
        ways[0] = 1;
        for (int rank = 1; rank <= n; rank++) {
            for (int s = max; s >= rank; s--) {
                ways[s] += ways[s - rank];
            }
        }
        double subsets = Math.pow(2, n);
        for (int s = 0; s <= max; s++) {
            ways[s] /= subsets;
        }
        return ways;
    }
}
