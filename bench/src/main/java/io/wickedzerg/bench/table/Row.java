package io.wickedzerg.bench.table;

/**
 * One line of the table. A failed row has no value and says why; a reference row (a baseline) has a value and no
 * target.
 *
 * @param target null for a reference row
 * @param failure null unless the measurement failed
 */
public record Row(String name, double value, String unit, Target target, String note, String failure) {

    public enum Status { PASS, MISS, REF, FAILED }

    public static Row measured(String name, double value, String unit, Target target, String note) {
        return new Row(name, value, unit, target, note, null);
    }

    public static Row failed(String name, String reason) {
        return new Row(name, Double.NaN, "", null, "", reason);
    }

    /** value / target, NaN without a target or a value. */
    public double ratio() {
        return target == null || failure != null ? Double.NaN : value / target.bound();
    }

    public Status status() {
        if (failure != null || Double.isNaN(value)) {
            return Status.FAILED;
        }
        if (target == null) {
            return Status.REF;
        }
        return target.met(value) ? Status.PASS : Status.MISS;
    }
}
