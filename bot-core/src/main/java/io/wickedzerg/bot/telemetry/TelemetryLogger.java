package io.wickedzerg.bot.telemetry;

import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.core.EnemyIntel;
import io.wickedzerg.bot.core.GameEvents;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.model.ZergTech;
import io.wickedzerg.clients.telemetry.TelemetryEvent;
import io.wickedzerg.clients.telemetry.TelemetryServiceClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Game state to telemetry: a sample every {@code sampleEvery} game loops, and events (unit lost,
 * structure finished, attack started, game end). It only builds small maps and hands them to the
 * client (O(1), no I/O); one code path for both modes, the client decides where the events go.
 */
public final class TelemetryLogger implements GameEvents {

    public static final int DEFAULT_SAMPLE_EVERY = 22;

    private final TelemetryServiceClient client;
    private final String gameId;
    private final int sampleEvery;
    private final List<ChartPoint> chart = new ArrayList<>();
    private final Map<Long, Tracked> previous = new HashMap<>();
    private long lastSampleLoop = Long.MIN_VALUE;
    private long currentLoop;
    private long emitted;
    private int unitsLost;

    private record Tracked(String type, boolean finished, boolean structure, boolean building) {
    }

    public TelemetryLogger(TelemetryServiceClient client, String gameId, int sampleEvery) {
        if (sampleEvery < 1) {
            throw new IllegalArgumentException("sampleEvery must be >= 1, was " + sampleEvery);
        }
        this.client = client;
        this.gameId = gameId;
        this.sampleEvery = sampleEvery;
    }

    /** Called once per step after the managers ran. */
    public void onStep(StepSnapshot snap, EnemyIntel intel, long stepNanos) {
        currentLoop = snap.gameLoop();
        trackChanges(snap);
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
        send("sample", f);
        chart.add(new ChartPoint(snap.gameSeconds(), snap.minerals(), snap.vespene(), snap.drones().size(),
                snap.armySupply(), snap.foodUsed()));
    }

    private void trackChanges(StepSnapshot snap) {
        Map<Long, Tracked> now = new HashMap<>(snap.mine().size() * 2);
        for (UnitView u : snap.mine()) {
            boolean structure = ZergTech.isStructure(u.type());
            boolean building = u.type() == Units.ZERG_DRONE && !u.orders().isEmpty()
                    && u.orders().get(0).ability().toString().startsWith("BUILD_");
            Tracked t = new Tracked(name(u), u.isFinished(), structure, building);
            now.put(u.tag(), t);
            Tracked before = previous.get(u.tag());
            if (structure && u.isFinished() && (before == null ? !previous.isEmpty() : !before.finished())) {
                send("structure_finished", Map.of("type", t.type(), "x", u.pos().x(), "y", u.pos().y()));
            }
        }
        for (var e : previous.entrySet()) {
            Tracked gone = e.getValue();
            // Larva and eggs change into units and drones into buildings: not losses.
            if (!now.containsKey(e.getKey()) && !gone.building() && !gone.type().equals("ZERG_LARVA")
                    && !gone.type().equals("ZERG_EGG")) {
                unitsLost++;
                send("unit_lost", Map.of("type", gone.type()));
            }
        }
        previous.clear();
        previous.putAll(now);
    }

    /** Events from managers (attack started, retreat). */
    @Override
    public void emit(String kind, Map<String, Object> fields) {
        send(kind, fields);
    }

    public void gameEnd(Map<String, Object> fields) {
        send("game_end", fields);
        client.flush();
    }

    private void send(String kind, Map<String, Object> fields) {
        emitted++;
        client.send(new TelemetryEvent(gameId, currentLoop, kind, fields));
    }

    private static String name(UnitView u) {
        return String.valueOf(u.type());
    }

    public List<ChartPoint> chart() {
        return List.copyOf(chart);
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
