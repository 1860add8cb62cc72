package io.wickedzerg.optimiser;

import java.util.Objects;

/**
 * What one game told about a candidate.
 *
 * @param gameSeconds game time at the end (game loops / 22.4)
 * @param killedValue resources' worth of enemy units and structures destroyed; null when unknown
 * @param lostValue   resources' worth of own units and structures lost; null when unknown
 */
public record Outcome(Result result, double gameSeconds, Double killedValue, Double lostValue) {

    public Outcome {
        Objects.requireNonNull(result, "result");
        if (!Double.isFinite(gameSeconds) || gameSeconds < 0) {
            throw new IllegalArgumentException("game seconds must be a number >= 0, was " + gameSeconds);
        }
        requireValue("killed value", killedValue);
        requireValue("lost value", lostValue);
    }

    private static void requireValue(String name, Double value) {
        if (value != null && (!Double.isFinite(value) || value < 0)) {
            throw new IllegalArgumentException(name + " must be a number >= 0 or unknown, was " + value);
        }
    }

    /** A game whose killed and lost values are unknown. */
    public static Outcome of(Result result, double gameSeconds) {
        return new Outcome(result, gameSeconds, null, null);
    }

    public Outcome withTrade(double killed, double lost) {
        return new Outcome(result, gameSeconds, killed, lost);
    }
}
