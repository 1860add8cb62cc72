package io.wickedzerg.sim.replay.view;

import io.wickedzerg.sim.engine.Game;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** The last frame's units by tag, so one that has not changed is kept once, not once a frame. */
    private Map<Long, FrameUnit> previous = Map.of();

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
            frames.add(shareUnchanged(FrameSampler.sample(game)));
        }
    }

    /**
     * Mineral fields and finished structures stand still for the whole game: sharing them with the frame before
     * roughly halves what a long game's frames hold (a 10-minute game averages 150 units a frame, 1700 frames).
     */
    private Frame shareUnchanged(Frame frame) {
        Map<Long, FrameUnit> now = new HashMap<>();
        List<FrameUnit> units = new ArrayList<>(frame.units().size());
        for (FrameUnit u : frame.units()) {
            FrameUnit before = previous.get(u.tag());
            FrameUnit kept = u.equals(before) ? before : u;
            units.add(kept);
            now.put(u.tag(), kept);
        }
        previous = now;
        return new Frame(frame.loop(), units, frame.players());
    }

    public int everyLoops() {
        return everyLoops;
    }

    /** The frames so far, oldest first. */
    public List<Frame> frames() {
        return List.copyOf(frames);
    }
}
