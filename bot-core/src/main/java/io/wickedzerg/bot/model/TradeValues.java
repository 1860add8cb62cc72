package io.wickedzerg.bot.model;

/**
 * The game's score details as the learner reads them: what the bot destroyed against what it lost, each as the
 * resources the units and structures cost.
 *
 * @param killedValue killed value of units plus killed value of structures
 * @param lostValue   lost minerals plus lost vespene, over every category (army, economy, technology, ...)
 */
public record TradeValues(double killedValue, double lostValue) {

    public TradeValues {
        if (!(killedValue >= 0) || !(lostValue >= 0) || Double.isInfinite(killedValue) || Double.isInfinite(lostValue)) {
            throw new IllegalArgumentException("killed and lost values must be numbers >= 0, were " + killedValue
                    + " and " + lostValue);
        }
    }
}
