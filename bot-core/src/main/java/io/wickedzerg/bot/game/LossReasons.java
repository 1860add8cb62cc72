package io.wickedzerg.bot.game;

import io.wickedzerg.bot.model.StepSnapshot;

/** A short reason for a lost game, from the last thing we saw; the learner groups losses by it. */
public final class LossReasons {

    static final double EARLY_SECONDS = 300;

    private LossReasons() {
    }

    public static String of(String result, StepSnapshot last) {
        if (!"Defeat".equals(result)) {
            return "";
        }
        if (last == null) {
            return "no_steps";
        }
        if (last.gameSeconds() < EARLY_SECONDS) {
            return "early_aggression";
        }
        if (last.drones().size() < 16) {
            return "economy_destroyed";
        }
        return "army_outmatched";
    }
}
