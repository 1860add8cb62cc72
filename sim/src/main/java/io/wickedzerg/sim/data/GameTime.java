package io.wickedzerg.sim.data;

/**
 * Conversions between the time units the SC2 API mixes. game_data reports weapon cooldowns and movement
 * speeds per "normal"-speed game second, which is 16 game loops; the ladder plays at "faster", where
 * 22.4 loops pass each real second (1.4 x normal).
 */
public final class GameTime {
    /** Game loops per game second at normal speed; the unit of game_data's cooldowns and speeds. */
    public static final int LOOPS_PER_GAME_SECOND = 16;
    /** Game loops per real second at "faster", the speed of ladder games and realtime mode. */
    public static final double LOOPS_PER_REAL_SECOND = 22.4;

    private GameTime() {
    }

    public static double gameSecondsToLoops(double gameSeconds) {
        return gameSeconds * LOOPS_PER_GAME_SECOND;
    }

    /** Loops after {@code realSeconds} of a "faster" game clock, as a player reads it (e.g. 3:00 = 180 s). */
    public static long realSecondsToLoops(double realSeconds) {
        return Math.round(realSeconds * LOOPS_PER_REAL_SECOND);
    }
}
