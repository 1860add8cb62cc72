package io.wickedzerg.bot.game;

import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.telemetry.TelemetryLogger;
import java.util.function.Supplier;

/**
 * The client's unit events (ocraft's callbacks, or the wire client's own) to the game's telemetry, as unit views.
 * They run on the game thread inside the step, so each is O(1), and a unit that cannot be read (its supplier
 * throws) is counted and skipped: telemetry never throws into the game.
 */
final class UnitEventRelay {

    @FunctionalInterface
    private interface Event {
        void accept(long gameLoop, UnitView unit);
    }

    private final TelemetryLogger telemetry;
    private long unreadable;

    UnitEventRelay(TelemetryLogger telemetry) {
        this.telemetry = telemetry;
    }

    void destroyed(Supplier<UnitView> unit, long gameLoop) {
        relay(unit, gameLoop, telemetry::unitDestroyed);
    }

    void created(Supplier<UnitView> unit, long gameLoop) {
        relay(unit, gameLoop, telemetry::unitCreated);
    }

    void constructionComplete(Supplier<UnitView> unit, long gameLoop) {
        relay(unit, gameLoop, telemetry::constructionComplete);
    }

    private void relay(Supplier<UnitView> unit, long gameLoop, Event event) {
        try {
            event.accept(gameLoop, unit.get());
        } catch (RuntimeException e) {
            unreadable++;
        }
    }

    /** Events whose unit could not be read (none in a healthy game). */
    long unreadable() {
        return unreadable;
    }
}
