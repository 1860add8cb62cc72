package io.wickedzerg.bot.game;

import com.github.ocraft.s2client.bot.gateway.UnitInPool;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.telemetry.TelemetryLogger;

/**
 * ocraft's unit callbacks to the game's telemetry, as unit views. They run on the game thread inside
 * ocraft's step, so each is O(1), and a unit that cannot be read is counted and skipped: telemetry
 * never throws into the game.
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

    void destroyed(UnitInPool unit, long gameLoop) {
        relay(unit, gameLoop, telemetry::unitDestroyed);
    }

    void created(UnitInPool unit, long gameLoop) {
        relay(unit, gameLoop, telemetry::unitCreated);
    }

    void constructionComplete(UnitInPool unit, long gameLoop) {
        relay(unit, gameLoop, telemetry::constructionComplete);
    }

    private void relay(UnitInPool pooled, long gameLoop, Event event) {
        try {
            if (pooled.getUnit().isPresent()) {
                event.accept(gameLoop, SnapshotFactory.view(pooled.unit()));
            } else {
                unreadable++;
            }
        } catch (RuntimeException e) {
            unreadable++;
        }
    }

    /** Events whose unit could not be read (none in a healthy game). */
    long unreadable() {
        return unreadable;
    }
}
