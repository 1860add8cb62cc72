package io.wickedzerg.sim.replay.view;

import io.wickedzerg.sim.map.GameMap;
import io.wickedzerg.sim.map.Point2;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The replay page's data as JSON, made compact because a 10-minute game sampled every 8 loops has about 1700 frames
 * of 300 units: a unit's type, owner and tag are listed once (in {@code units}, indexed by first appearance), and
 * each frame lists only the units that appeared, moved or changed ({@code c}: id, x and y in tenths of a cell, life
 * and build progress in percent) and the ids of those gone ({@code r}); the page rebuilds every frame from these.
 * Grids are base64 of the SC2 ImageData bytes: heights one byte a cell, pathing and placement one bit a cell.
 */
final class ReplayJson {
    /** A unit as the page knows it; a morph (same tag, new type) is a new one, as it is drawn differently. */
    private record Identity(long tag, int type, int owner) {
    }

    private final Map<Identity, Integer> ids = new HashMap<>();
    private final List<Object> units = new ArrayList<>();
    private final Map<Integer, Integer> typeIndex = new HashMap<>();
    private final List<Object> types = new ArrayList<>();

    private ReplayJson() {
    }

    static String of(GameMap map, ReplayMeta meta, List<Frame> frames) {
        requireOrdered(frames);
        ReplayJson json = new ReplayJson();
        List<Object> encodedFrames = json.frames(frames);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", 1);
        root.put("meta", meta(meta));
        root.put("map", map(map));
        root.put("types", json.types);
        root.put("units", json.units);
        root.put("frames", encodedFrames);
        return JsonWriter.write(root);
    }

    private static void requireOrdered(List<Frame> frames) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("frames must hold at least one frame");
        }
        for (int i = 1; i < frames.size(); i++) {
            if (frames.get(i).loop() <= frames.get(i - 1).loop()) {
                throw new IllegalArgumentException("frames must be in increasing loop order: loop "
                        + frames.get(i).loop() + " comes after loop " + frames.get(i - 1).loop());
            }
        }
    }

    private List<Object> frames(List<Frame> frames) {
        List<Object> out = new ArrayList<>(frames.size());
        Map<Integer, int[]> previous = new HashMap<>();
        for (Frame frame : frames) {
            Map<Integer, int[]> current = new HashMap<>();
            List<Integer> changed = new ArrayList<>();
            for (FrameUnit u : frame.units()) {
                int id = id(u);
                int[] state = {tenths(u.x()), tenths(u.y()), percent(u.life()), percent(u.buildProgress())};
                current.put(id, state);
                if (!Arrays.equals(previous.get(id), state)) {
                    changed.add(id);
                    Arrays.stream(state).forEach(changed::add);
                }
            }
            List<Integer> removed = previous.keySet().stream().filter(id -> !current.containsKey(id)).sorted().toList();
            Map<String, Object> encoded = new LinkedHashMap<>();
            encoded.put("l", frame.loop());
            encoded.put("c", changed.stream().mapToInt(Integer::intValue).toArray());
            encoded.put("r", removed.stream().mapToInt(Integer::intValue).toArray());
            encoded.put("p", frame.players().stream().map(ReplayJson::panel).toList());
            out.add(encoded);
            previous = current;
        }
        return out;
    }

    private int id(FrameUnit u) {
        return ids.computeIfAbsent(new Identity(u.tag(), u.type(), u.owner()), key -> {
            units.add(List.of(u.tag(), type(u), u.owner()));
            return units.size() - 1;
        });
    }

    private int type(FrameUnit u) {
        return typeIndex.computeIfAbsent(u.type(), key -> {
            Map<String, Object> type = new LinkedHashMap<>();
            type.put("id", u.type());
            type.put("name", u.typeName());
            type.put("radius", u.radius());
            type.put("kind", u.kind().name().toLowerCase(Locale.ROOT));
            type.put("flying", u.flying());
            types.add(type);
            return types.size() - 1;
        });
    }

    private static int[] panel(PlayerFrame p) {
        return new int[] {p.playerId(), p.minerals(), p.vespene(), p.supplyUsed(), p.supplyCap(), p.armySupply(),
                p.armyUnits(), p.workers()};
    }

    private static Map<String, Object> meta(ReplayMeta meta) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("map", meta.mapName());
        out.put("seed", meta.seed());
        out.put("finalLoop", meta.finalLoop());
        out.put("players", meta.players().stream().map(p -> {
            Map<String, Object> player = new LinkedHashMap<>();
            player.put("id", p.playerId());
            player.put("name", p.name());
            player.put("race", p.race().name().charAt(0) + p.race().name().substring(1).toLowerCase(Locale.ROOT));
            player.put("result", p.result());
            return player;
        }).toList());
        return out;
    }

    private static Map<String, Object> map(GameMap map) {
        Base64.Encoder base64 = Base64.getEncoder();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("width", map.width());
        out.put("height", map.height());
        out.put("playable", new int[] {map.playableArea().x0(), map.playableArea().y0(), map.playableArea().x1(),
                map.playableArea().y1()});
        out.put("heights", base64.encodeToString(map.terrainHeight().toImageBytes()));
        out.put("pathing", base64.encodeToString(map.pathing().toImageBytes()));
        out.put("placement", base64.encodeToString(map.placement().toImageBytes()));
        out.put("starts", map.startLocations().stream().map(ReplayJson::point).toList());
        return out;
    }

    private static List<Object> point(Point2 p) {
        return List.of(p.x(), p.y());
    }

    private static int tenths(double v) {
        return (int) Math.round(v * 10);
    }

    /** Rounded up, so a unit with any life left never reads 0 %. */
    private static int percent(float fraction) {
        return (int) Math.ceil(Math.max(0f, Math.min(1f, fraction)) * 100 - 1e-4);
    }
}
