package io.wickedzerg.sim.replay;

import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.engine.PlayerSlot;
import io.wickedzerg.sim.engine.view.PlayerView;
import io.wickedzerg.sim.engine.view.UnitView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code sim replay FILE --to LOOP}: a game's state as text for people: the loop and state hash, then per player
 * the bank, supply and unit counts by type name, then every player's units by tag (type, position, health,
 * shields, energy, build progress, first order).
 */
public final class StateReport {
    private StateReport() {
    }

    public static List<String> lines(Game game) {
        UnitCatalog catalog = game.setup().units();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "loop %d (%s game time), state hash %s%s", game.gameLoop(),
                clock(game.gameLoop()), StateHashes.hex(game.stateHash()), game.isOver() ? ", game over" : ""));
        List<UnitView> units = new ArrayList<>();
        for (PlayerSlot slot : game.setup().players()) {
            PlayerView view = game.view(slot.playerId());
            Map<String, Integer> counts = new TreeMap<>();
            for (UnitView u : view.ownUnits()) {
                counts.merge(name(catalog, u.type()), 1, Integer::sum);
            }
            units.addAll(view.ownUnits());
            lines.add(String.format(Locale.ROOT, "player %d %s (%s%s): minerals %d, vespene %d, supply %d/%d, %d units: %s",
                    slot.playerId(), slot.name(), slot.race().name().toLowerCase(Locale.ROOT),
                    slot.computer() ? ", computer " + slot.difficulty().label() : "", view.minerals(), view.vespene(),
                    view.foodUsed(), view.foodCap(), view.ownUnits().size(), counts(counts)));
        }
        units.sort(Comparator.comparingLong(UnitView::tag));
        lines.add("units (tag owner type x,y health shields energy build order):");
        for (UnitView u : units) {
            lines.add(String.format(Locale.ROOT, "  %d p%d %s %.2f,%.2f hp %.1f/%.0f sh %.1f en %.1f built %.0f%% %s",
                    u.tag(), u.owner(), name(catalog, u.type()), u.position().x(), u.position().y(), u.health(),
                    u.healthMax(), u.shield(), u.energy(), u.buildProgress() * 100.0,
                    u.orders().isEmpty() ? "idle" : "ability " + u.orders().get(0).abilityId()));
        }
        return lines;
    }

    private static String counts(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((name, n) -> parts.add(n + " " + name));
        return String.join(", ", parts);
    }

    private static String name(UnitCatalog catalog, int type) {
        return catalog.find(type).map(UnitFacts::name).orElse("type " + type);
    }

    private static String clock(long loop) {
        long seconds = Math.round(loop / 22.4);
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
