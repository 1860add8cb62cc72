package io.wickedzerg.sim.replay;

/**
 * A bot's time as AI Arena's proxy to the game measures it, from outside the bot: from each answer the bot was sent
 * to its next request, summed over the requests of one step (the observation's answer to the step request). It
 * counts whatever the bot does between the two, its own timer's blind spots too: parsing the observation, garbage
 * collection, a machine too busy to run it.
 *
 * @param setupMillis    from the answer to {@code join_game} to the first step request: game info, data, the first
 *                       observation and whatever the bot prepares; shown apart, not one of the steps
 * @param steps          steps measured (step requests after the first)
 * @param meanMillis     the mean of those steps
 * @param p50Millis      their median
 * @param p99Millis      their 99th percentile
 * @param maxMillis      the longest
 * @param stepsOverLimit steps over {@link #STRIKE_MILLIS}: AI Arena's strikes, ten of which lose the game
 */
public record BotTimes(double setupMillis, int steps, double meanMillis, double p50Millis, double p99Millis,
                       double maxMillis, int stepsOverLimit) {

    /** A step over this is a strike on AI Arena. */
    public static final double STRIKE_MILLIS = 40;
}
