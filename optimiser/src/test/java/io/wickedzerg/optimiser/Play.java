package io.wickedzerg.optimiser;

import java.util.function.Function;

/** Drives an optimiser as a bot would: play next(), record what the game gave. */
final class Play {

    private Play() {
    }

    /** Plays {@code games} games; {@code game} says how a candidate's game ends. */
    static OptimiserState games(Optimiser optimiser, OptimiserState state, int games, Function<Candidate, Outcome> game) {
        OptimiserState s = state;
        for (int i = 0; i < games; i++) {
            Candidate c = s.next();
            Recorded r = optimiser.record(s, c.id(), game.apply(c));
            if (r.status() != RecordStatus.RECORDED) {
                throw new AssertionError(c.id() + " not recorded: " + r.status());
            }
            s = r.state();
        }
        return s;
    }

    /** Plays until {@code generation} starts. */
    static OptimiserState untilGeneration(Optimiser optimiser, OptimiserState state, int generation,
                                          Function<Candidate, Outcome> game) {
        OptimiserState s = state;
        while (s.generation() < generation) {
            s = games(optimiser, s, 1, game);
        }
        return s;
    }
}
