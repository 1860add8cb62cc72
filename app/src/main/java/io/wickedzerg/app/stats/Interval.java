package io.wickedzerg.app.stats;

import java.util.List;

/**
 * A 95 % confidence interval around an estimate. Proportions (win rates) use Wilson's score interval, which stays
 * inside 0..1 and is honest for few games and rates near 0 or 1; means (fitness, and paired differences of fitness)
 * use Student's t, since an evaluation has tens of games, not hundreds; {@link HodgesLehmann} gives one for a median
 * shift, where single values can be far off (e2e's step-time rounds).
 *
 * @param low  NaN when one value gives no spread
 * @param high NaN when one value gives no spread
 */
public record Interval(double estimate, double low, double high) {

    private static final double Z = 1.959964;

    /** t(0.975, df) for df = 1 .. 30. */
    private static final double[] T = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201,
            2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
            2.052, 2.048, 2.045, 2.042};

    public static Interval wilson(int successes, int trials) {
        if (trials <= 0) {
            return new Interval(Double.NaN, Double.NaN, Double.NaN);
        }
        double p = (double) successes / trials;
        double z2 = Z * Z;
        double centre = (p + z2 / (2.0 * trials)) / (1 + z2 / trials);
        double half = Z * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials)) / (1 + z2 / trials);
        return new Interval(p, Math.max(0, centre - half), Math.min(1, centre + half));
    }

    public static Interval mean(List<Double> values) {
        int n = values.size();
        if (n == 0) {
            return new Interval(Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        if (n == 1) {
            return new Interval(mean, Double.NaN, Double.NaN);
        }
        double ss = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        double half = t(n - 1) * Math.sqrt(ss / (n - 1) / n);
        return new Interval(mean, mean - half, mean + half);
    }

    /** The 97.5 % quantile of Student's t; beyond 30 degrees of freedom a close approximation (off by less than 0.003). */
    static double t(int df) {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom must be >= 1, was " + df);
        }
        return df <= T.length ? T[df - 1] : Z + 2.4 / df;
    }

    /** The interval is known and lies wholly above 0 (or wholly below): the difference is significant at 5 %. */
    public boolean excludesZero() {
        return !Double.isNaN(low) && (low > 0 || high < 0);
    }

    public boolean known() {
        return !Double.isNaN(low);
    }
}
