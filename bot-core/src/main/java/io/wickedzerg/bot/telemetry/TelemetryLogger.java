package io.wickedzerg.bot.telemetry;

import io.wickedzerg.bot.core.EnemyIntel;
import io.wickedzerg.bot.core.GameEvents;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.model.ZergTech;
import io.wickedzerg.clients.telemetry.TelemetryEvent;
import io.wickedzerg.clients.telemetry.TelemetryServiceClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Game state to telemetry: a sample every {@code sampleEvery} game loops, and events: unit lost and
 * structure finished from the game's own unit events (ocraft's callbacks), attack started from the
 * managers, game end. It only builds small maps and hands them to the client (O(1), no I/O); one
 * code path for both modes, the client decides where the events go.
 */
public final class TelemetryLogger implements GameEvents {

    public static final int DEFAULT_SAMPLE_EVERY = 22;

    private final TelemetryServiceClient client;
    private final String gameId;
    private final int sampleEvery;
    private final List<ChartPoint> chart = new ArrayList<>();
    private final DroneMorphs morphs = new DroneMorphs();
    private long lastSampleLoop = Long.MIN_VALUE;
    /** Volatile: other threads read it (a log line names the loop it happened at); one write per step. */
    private volatile long currentLoop;
    private long emitted;
    private int unitsLost;

    public TelemetryLogger(TelemetryServiceClient client, String gameId, int sampleEvery) {
        if (sampleEvery < 1) {
            throw new IllegalArgumentException("sampleEvery must be >= 1, was " + sampleEvery);
        }
        this.client = client;
        this.gameId = gameId;
        this.sampleEvery = sampleEvery;
    }

    /** The game says a unit died (any owner: it reports every death it saw); ours are losses. */
    public void unitDestroyed(long gameLoop, UnitView unit) {
        if (!unit.isMine()) {
            return;
        }
        if (DroneMorphs.mayHaveMorphed(unit)) {
            // Known at the step: a drone that became a building is reported dead too.
            morphs.droneDied(unit);
            return;
        }
        lost(gameLoop, unit);
    }

    /** The game shows a unit of ours for the first time. */
    public void unitCreated(long gameLoop, UnitView unit) {
        if (unit.isMine() && DroneMorphs.isFromADrone(unit)) {
            morphs.structureStarted();
        }
    }

    /** The game says one of our units finished building. */
    public void constructionComplete(long gameLoop, UnitView unit) {
        if (unit.isMine() && ZergTech.isStructure(unit.type())) {
            send(gameLoop, "structure_finished", Map.of("type", name(unit), "x", unit.pos().x(), "y", unit.pos().y()));
        }
    }

    private void lost(long gameLoop, UnitView unit) {
        unitsLost++;
        send(gameLoop, "unit_lost", Map.of("type", name(unit), "x", unit.pos().x(), "y", unit.pos().y()));
    }

    private void reportLostDrones(long gameLoop) {
        for (UnitView drone : morphs.lostDrones()) {
            lost(gameLoop, drone);
        }
    }

    /** Called once per step after the managers ran; the game's unit events of this step came before it. */
    public void onStep(StepSnapshot snap, EnemyIntel intel, long stepNanos) {
        long loop = snap.gameLoop();
        currentLoop = loop;
        reportLostDrones(loop);
        if (lastSampleLoop != Long.MIN_VALUE && snap.gameLoop() - lastSampleLoop < sampleEvery) {
            return;
        }
        lastSampleLoop = snap.gameLoop();
        Map<String, Object> f = new LinkedHashMap<>();
        Map<String, Integer> byType = new TreeMap<>();
        int armyCount = 0;
        double armyX = 0;
        double armyY = 0;
        for (UnitView u : snap.mine()) {
            byType.merge(name(u), 1, Integer::sum);
            if (u.isFinished() && ZergTech.ARMY.contains(u.type())) {
                armyCount++;
                armyX += u.pos().x();
                armyY += u.pos().y();
            }
        }
        int bases = snap.townhalls().size();
        f.put("minerals", snap.minerals());
        f.put("gas", snap.vespene());
        f.put("supply_used", snap.foodUsed());
        f.put("supply_cap", snap.foodCap());
        f.put("workers", snap.drones().size());
        f.put("army_supply", snap.armySupply());
        f.put("army_count", armyCount);
        if (armyCount > 0) {
            // Where the army is: enough to see on a chart whether it is stuck or wandering.
            f.put("army_x", Math.round(armyX / armyCount * 10) / 10.0);
            f.put("army_y", Math.round(armyY / armyCount * 10) / 10.0);
        }
        f.put("larva", snap.larva().size());
        f.put("bases", bases);
        f.put("units_by_type", byType);
        f.put("enemy_units_visible", snap.enemies().size());
        f.put("enemy_units_seen", intel.enemiesSeen());
        f.put("step_ms", stepNanos / 1_000_000.0);
        send(loop, "sample", f);
        chart.add(new ChartPoint(snap.gameSeconds(), snap.minerals(), snap.vespene(), snap.drones().size(),
                snap.armySupply(), snap.foodUsed()));
    }

    /** Events from managers (attack started, retreat). */
    @Override
    public void emit(String kind, Map<String, Object> fields) {
        send(currentLoop, kind, fields);
    }

    public void gameEnd(Map<String, Object> fields) {
        reportLostDrones(currentLoop);
        send(currentLoop, "game_end", fields);
        client.flush();
    }

    private void send(long gameLoop, String kind, Map<String, Object> fields) {
        emitted++;
        client.send(new TelemetryEvent(gameId, gameLoop, kind, fields));
    }

    private static String name(UnitView u) {
        return String.valueOf(u.type());
    }

    public List<ChartPoint> chart() {
        return List.copyOf(chart);
    }

    /** The loop of the last step, 0 before the first; safe to read from any thread. */
    public long currentLoop() {
        return currentLoop;
    }

    public long emitted() {
        return emitted;
    }

    public int unitsLost() {
        return unitsLost;
    }

    public String gameId() {
        return gameId;
    }
}
