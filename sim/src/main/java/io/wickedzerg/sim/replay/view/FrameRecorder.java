package io.wickedzerg.sim.replay.view;

import io.wickedzerg.sim.engine.Game;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Samples a game for the replay page: give it the game after every loop (and once before the first, for loop 0);
 * it keeps a {@link Frame} every {@code everyLoops} loops and the last loop of a finished game. Not thread-safe:
 * the game's thread owns it.
 */
public final class FrameRecorder implements Consumer<Game> {
    /** Every 8 loops (a third of a second): smooth enough to follow a fight; a 10-minute game's page stays a few MB. */
    public static final int DEFAULT_EVERY_LOOPS = 8;

    private final int everyLoops;
    private final List<Frame> frames = new ArrayList<>();

    public FrameRecorder(int everyLoops) {
        if (everyLoops <= 0) {
            throw new IllegalArgumentException("everyLoops must be a positive number of game loops, got " + everyLoops);
        }
        this.everyLoops = everyLoops;
    }

    public FrameRecorder() {
        this(DEFAULT_EVERY_LOOPS);
    }

    @Override
    public void accept(Game game) {
        long loop = game.gameLoop();
        boolean due = loop % everyLoops == 0 || game.isOver();
        boolean fresh = frames.isEmpty() || frames.get(frames.size() - 1).loop() < loop;
        if (due && fresh) {
            frames.add(FrameSampler.sample(game));
        }
    }

    public int everyLoops() {
        return everyLoops;
    }

    /** The frames so far, oldest first. */
    public List<Frame> frames() {
        return List.copyOf(frames);
    }
}
