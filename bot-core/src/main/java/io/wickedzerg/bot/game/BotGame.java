package io.wickedzerg.bot.game;

import com.github.ocraft.s2client.protocol.observation.Result;
import io.wickedzerg.bot.core.CommandOutput;
import io.wickedzerg.bot.core.PlacementCheck;
import io.wickedzerg.bot.model.GameMap;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.TradeValues;
import io.wickedzerg.bot.model.UnitView;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One game on the bot's side, whichever client plays it (ocraft's agent or the wire client): the session's brain
 * started on the map, each step timed from before its snapshot is built, the unit events to telemetry, and the
 * report at the end. Both clients thus start, step and report a game the same way.
 */
final class BotGame {

    private final Supplier<GameSession> session;
    private final StepListener listener;
    private BotBrain brain;
    private UnitEventRelay unitEvents;
    private GameReport report;
    private RuntimeException failure;

    /** {@code session} is asked for at game start (or at an end without a start), not before. */
    BotGame(Supplier<GameSession> session, StepListener listener) {
        this.session = session;
        this.listener = listener;
    }

    /**
     * The game's first observation is in: the brain starts, a throwaway one warms the managers up, and the listener
     * hears that the first step comes next.
     */
    void start(StepSnapshot first, GameMap map, PlacementCheck placement) {
        brain = session.get().start(map, placement);
        unitEvents = new UnitEventRelay(brain.telemetry());
        WarmUp.run(session.get().throwawayBrain(map, placement), first, WarmUp.STEPS);
        listener.beforeFirstStep();
    }

    /**
     * One step; the snapshot is built inside the step's time. A manager failure under the rethrow policy (tests)
     * is remembered and rethrown, and no step runs after it.
     */
    void step(Supplier<StepSnapshot> snapshot, CommandOutput output) {
        if (brain == null || failure != null) {
            return;
        }
        try {
            long start = brain.budget().now();
            long startCpu = brain.budget().cpuNow();
            StepSnapshot current = snapshot.get();
            brain.step(current, output, start, startCpu);
            listener.afterStep(current, brain);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
    }

    void unitDestroyed(Supplier<UnitView> unit, long gameLoop) {
        if (unitEvents != null) {
            unitEvents.destroyed(unit, gameLoop);
        }
    }

    void unitCreated(Supplier<UnitView> unit, long gameLoop) {
        if (unitEvents != null) {
            unitEvents.created(unit, gameLoop);
        }
    }

    void constructionComplete(Supplier<UnitView> unit, long gameLoop) {
        if (unitEvents != null) {
            unitEvents.constructionComplete(unit, gameLoop);
        }
    }

    /** A player's result as reports spell it, whichever client read it ({@link Result#from} for the wire's). */
    static String label(Result result) {
        return switch (result) {
            case VICTORY -> "Victory";
            case DEFEAT -> "Defeat";
            case TIE -> "Tie";
            default -> "Undecided";
        };
    }

    /** The game ended: {@code result} as the game gave it, with its final observation's trade when it had one. */
    GameReport finish(String result, Optional<TradeValues> finalTrade) {
        report = session.get().finish(result, "", finalTrade);
        return report;
    }

    /** Ends a game the client never saw end (connection lost): undecided, with {@code problem} as the reason. */
    GameReport reportOrAbandon(String problem) {
        if (report == null) {
            report = session.get().finish("Undecided", problem);
        }
        return report;
    }

    boolean started() {
        return brain != null;
    }

    boolean ended() {
        return report != null;
    }

    /** The last game loop a step saw; 0 before the first. */
    long lastGameLoop() {
        return brain == null || brain.lastSnapshot() == null ? 0 : brain.lastSnapshot().gameLoop();
    }

    GameReport report() {
        return report;
    }

    RuntimeException failure() {
        return failure;
    }
}
