package io.wickedzerg.bot.game;

import io.wickedzerg.bot.model.StepSnapshot;

/**
 * Steps a throwaway brain over the game's first observation before the game clock runs, so class
 * loading and the first JIT compilations of the managers happen at game start instead of inside the
 * first timed steps (on the ladder every game is a fresh JVM). Its commands go nowhere.
 */
final class WarmUp {

    /** Enough for the interpreter's first compilations of the step's hot loops; a few ms in all. */
    static final int STEPS = 300;

    private WarmUp() {
    }

    static void run(BotBrain throwaway, StepSnapshot first, int steps) {
        for (int i = 0; i < steps; i++) {
            throwaway.step(first, commands -> { });
        }
    }
}
