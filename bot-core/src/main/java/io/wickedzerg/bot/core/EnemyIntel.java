package io.wickedzerg.bot.core;

import io.wickedzerg.bot.model.GameMap;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.model.ZergTech;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What we remember about the enemy across steps: structures seen (until we see the spot empty),
 * start locations ruled out, and every unit type seen. Updated once per step before the managers run.
 */
public final class EnemyIntel {

    /**
     * How close one of our units must be to a spot before we trust that it is empty. Well inside sight
     * range (8 for most units): the game updates vision only every few loops, so a unit that just came
     * within sight range does not see yet what is there, and a start ruled out by mistake is never
     * attacked. A unit sent to a townhall spot stops at its edge, about 3 from its centre.
     */
    static final double CONFIRM_DISTANCE = 5.5;

    private final Map<Long, UnitView> structures = new LinkedHashMap<>();
    private final Set<Point2> ruledOutStarts = new HashSet<>();
    private final Map<String, Integer> seenTypes = new HashMap<>();
    private final Set<Long> seenTags = new HashSet<>();
    private Point2 confirmedStart;

    public void update(StepSnapshot snapshot, GameMap map) {
        Set<Long> visibleNow = new HashSet<>();
        for (UnitView enemy : snapshot.enemies()) {
            visibleNow.add(enemy.tag());
            if (seenTags.add(enemy.tag())) {
                seenTypes.merge(String.valueOf(enemy.type()), 1, Integer::sum);
            }
            if (ZergTech.isStructure(enemy.type())) {
                structures.put(enemy.tag(), enemy);
                if (confirmedStart == null && ZergTech.isTownhall(enemy.type())
                        || confirmedStart == null && isTownhallOfAnyRace(enemy)) {
                    for (Point2 start : map.enemyStartCandidates()) {
                        if (start.distance(enemy.pos()) < 10) {
                            confirmedStart = start;
                        }
                    }
                }
            }
        }
        // A remembered structure whose spot one of our units can see, but which is not visible, is gone.
        structures.values().removeIf(s -> !visibleNow.contains(s.tag()) && seenByUs(snapshot, s.pos()));
        for (Point2 start : map.enemyStartCandidates()) {
            if (!ruledOutStarts.contains(start) && seenByUs(snapshot, start) && nothingNear(snapshot, start)) {
                ruledOutStarts.add(start);
            }
        }
    }

    private static boolean isTownhallOfAnyRace(UnitView u) {
        String name = String.valueOf(u.type());
        return name.contains("NEXUS") || name.contains("COMMAND_CENTER") || name.contains("HATCHERY")
                || name.contains("LAIR") || name.contains("HIVE") || name.contains("ORBITAL")
                || name.contains("PLANETARY");
    }

    private static boolean seenByUs(StepSnapshot snapshot, Point2 p) {
        double r2 = CONFIRM_DISTANCE * CONFIRM_DISTANCE;
        for (UnitView u : snapshot.mine()) {
            if (u.isFinished() && u.pos().distanceSquared(p) < r2) {
                return true;
            }
        }
        return false;
    }

    private static boolean nothingNear(StepSnapshot snapshot, Point2 p) {
        for (UnitView e : snapshot.enemies()) {
            if (e.pos().distanceSquared(p) < 15 * 15) {
                return false;
            }
        }
        return true;
    }

    /**
     * Forgets a remembered structure our army could not confirm (a spot it cannot see from where it
     * can stand); if it is still there, it is remembered again when seen.
     */
    public void forget(long tag) {
        structures.remove(tag);
    }

    /** The enemy start if seen, else the likeliest candidate not ruled out. */
    public Point2 enemyStart(GameMap map) {
        if (confirmedStart != null) {
            return confirmedStart;
        }
        return map.enemyStartCandidates().stream()
                .filter(p -> !ruledOutStarts.contains(p))
                .max(Comparator.comparingDouble(p -> p.distanceSquared(map.start())))
                .orElse(map.likelyEnemyStart());
    }

    public List<UnitView> knownStructures() {
        return new ArrayList<>(structures.values());
    }

    /** The known enemy structure nearest to {@code from}. */
    public Optional<UnitView> nearestStructure(Point2 from) {
        return structures.values().stream().min(Comparator.comparingDouble(s -> s.pos().distanceSquared(from)));
    }

    public boolean isRuledOut(Point2 start) {
        return ruledOutStarts.contains(start);
    }

    public Optional<Point2> confirmedStart() {
        return Optional.ofNullable(confirmedStart);
    }

    public Map<String, Integer> seenTypes() {
        return Map.copyOf(seenTypes);
    }

    public int enemiesSeen() {
        return seenTags.size();
    }
}
