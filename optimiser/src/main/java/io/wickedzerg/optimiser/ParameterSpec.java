package io.wickedzerg.optimiser;

import java.util.Objects;

/**
 * One tunable number: its key, its default and the range the optimiser may move it in. A whole-number
 * parameter (a drone count) is rounded after every change, so no candidate asks for 61.4 drones.
 */
public record ParameterSpec(String key, double defaultValue, double min, double max, boolean integer) {

    public ParameterSpec {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("a parameter needs a key");
        }
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException(key + ": min " + min + " must be a number not above max " + max);
        }
        if (!Double.isFinite(defaultValue) || defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException(key + ": default " + defaultValue + " is outside " + min + " .. " + max);
        }
        if (integer && !(whole(min) && whole(max) && whole(defaultValue))) {
            throw new IllegalArgumentException(key + ": a whole-number parameter needs a whole default, min and max");
        }
    }

    private static boolean whole(double v) {
        return v == Math.rint(v);
    }

    public double range() {
        return max - min;
    }

    /** {@code value} clamped into the range and, for a whole-number parameter, rounded; NaN gives the default. */
    public double fit(double value) {
        if (Double.isNaN(value)) {
            return defaultValue;
        }
        double clamped = Math.max(min, Math.min(max, value));
        return integer ? Math.rint(clamped) : clamped;
    }

    public boolean contains(double value) {
        return value >= min && value <= max && (!integer || whole(value));
    }
}
