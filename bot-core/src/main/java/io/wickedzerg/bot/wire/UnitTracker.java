package io.wickedzerg.bot.wire;

import SC2APIProtocol.Raw;
import SC2APIProtocol.Sc2Api;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The units of the current observation and the unit events between two observations, by the rules ocraft's
 * client applies, so that either client reports a game alike: a unit in the game event's dead list that was ever
 * seen is destroyed (and leaves the current units); an own unit not seen in the previous observation is created,
 * once per tag and not in the first observations; an own unit finished now but not before is complete.
 */
public final class UnitTracker {

    /** What happened to which unit between the last two observations, in the order ocraft reports it. */
    public record Event(Kind kind, Raw.Unit unit) {
    }

    public enum Kind { DESTROYED, CREATED, CONSTRUCTION_COMPLETE }

    private final Map<Long, Raw.Unit> everSeen = new HashMap<>();
    private final Set<Long> createdReported = new HashSet<>();
    private Map<Long, Raw.Unit> current = new LinkedHashMap<>();
    private Map<Long, Raw.Unit> previous = new LinkedHashMap<>();
    private long gameLoop = -1;
    private long previousLoop = -1;

    /**
     * Takes the next observation and returns its events; none when the game loop did not move (then ocraft skips
     * the step too).
     */
    public List<Event> update(Sc2Api.Observation observation) {
        previousLoop = gameLoop;
        gameLoop = observation.getGameLoop();
        previous = current;
        current = new LinkedHashMap<>();
        for (Raw.Unit unit : observation.getRawData().getUnitsList()) {
            current.put(unit.getTag(), unit);
            everSeen.put(unit.getTag(), unit);
        }
        if (!loopMoved() || previousLoop < 0) {
            return List.of();
        }
        List<Event> events = new ArrayList<>();
        for (long tag : observation.getRawData().getEvent().getDeadUnitsList()) {
            Raw.Unit dead = everSeen.get(tag);
            if (dead != null) {
                current.remove(tag);
                events.add(new Event(Kind.DESTROYED, dead));
            }
        }
        for (Raw.Unit unit : current.values()) {
            if (unit.getAlliance() == Raw.Alliance.Self && !seenBefore(unit) && createdReported.add(unit.getTag())) {
                events.add(new Event(Kind.CREATED, unit));
            }
        }
        for (Raw.Unit unit : current.values()) {
            if (unit.getAlliance() == Raw.Alliance.Self && finished(unit) && seenBefore(unit)
                    && !finished(previous.get(unit.getTag()))) {
                events.add(new Event(Kind.CONSTRUCTION_COMPLETE, unit));
            }
        }
        return events;
    }

    /** True when the last observation's game loop differs from the one before (ocraft steps only then). */
    public boolean loopMoved() {
        return gameLoop != previousLoop;
    }

    /** The units of the last observation, less those its game event reported dead. */
    public Iterable<Raw.Unit> units() {
        return current.values();
    }

    public boolean exists(long tag) {
        return current.containsKey(tag);
    }

    private boolean seenBefore(Raw.Unit unit) {
        return gameLoop > 1 && previous.containsKey(unit.getTag());
    }

    /** ocraft's "built": a build progress of exactly 1 (an absent one is not). */
    private static boolean finished(Raw.Unit unit) {
        return unit.hasBuildProgress() && unit.getBuildProgress() == 1.0f;
    }
}
