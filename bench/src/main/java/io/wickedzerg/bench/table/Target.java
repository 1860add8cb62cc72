package io.wickedzerg.bench.table;

/**
 * What a row is held to: a bound ({@code atMost} for times and sizes, else at least, for rates) and where the number
 * comes from, so a reader of the table can judge it.
 */
public record Target(double bound, boolean atMost, String source) {

    public static Target atMost(double bound, String source) {
        return new Target(bound, true, source);
    }

    public static Target atLeast(double bound, String source) {
        return new Target(bound, false, source);
    }

    boolean met(double value) {
        return atMost ? value <= bound : value >= bound;
    }

    String symbol() {
        return atMost ? "<=" : ">=";
    }
}
