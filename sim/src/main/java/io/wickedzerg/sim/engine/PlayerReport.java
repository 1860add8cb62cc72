package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.engine.command.CommandResult;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an observation carries besides the player's view: units that died since the last report, orders
 * that failed, alerts posted since the last report, the visibility (0 hidden, 1 seen before, 2 visible; one byte a cell)
 * and creep (1 bit a cell) grids (live arrays: read them on the game thread, never change them; the versions
 * change whenever they do), score counters and, once the game is over, everyone's outcome.
 */
public record PlayerReport(
        List<Long> deadUnits,
        List<ActionFailure> actionErrors,
        List<Alert> alerts,
        byte[] visibility,
        long visibilityVersion,
        byte[] creepBits,
        long creepVersion,
        Score score,
        Map<Integer, Outcome> outcomes) {

    public enum Outcome { VICTORY, DEFEAT, TIE }

    public record ActionFailure(long unitTag, int abilityId, CommandResult result) {
    }

    /** Score counters; collection rates are per game minute over the last minute. */
    public record Score(long collectedMinerals, long collectedVespene, long spentMinerals, long spentVespene,
                        long killedValueUnits, long killedValueStructures, long lostMinerals, long lostVespene,
                        float collectionRateMinerals, float collectionRateVespene) {

        /** Counters without collection rates (both 0). */
        public Score(long collectedMinerals, long collectedVespene, long spentMinerals, long spentVespene,
                     long killedValueUnits, long killedValueStructures, long lostMinerals, long lostVespene) {
            this(collectedMinerals, collectedVespene, spentMinerals, spentVespene, killedValueUnits,
                    killedValueStructures, lostMinerals, lostVespene, 0, 0);
        }
    }

    public PlayerReport {
        deadUnits = List.copyOf(deadUnits);
        actionErrors = List.copyOf(actionErrors);
        alerts = List.copyOf(alerts);
        // by player id: Map.copyOf would iterate in an order that changes from run to run
        outcomes = Collections.unmodifiableMap(new TreeMap<>(outcomes));
    }

    /** A player's report now; takes the units that died, the refusals and the alerts out of its state. */
    static PlayerReport drain(PlayerState player, Map<Integer, Outcome> outcomes, CreepMap creep, long loop) {
        List<Long> dead = List.copyOf(player.deadSinceObservation);
        player.deadSinceObservation.clear();
        List<ActionFailure> errors = player.actionErrors.stream()
                .map(e -> new ActionFailure(e.unitTag(), e.abilityId(), e.result())).toList();
        player.actionErrors.clear();
        List<Alert> alerts = List.copyOf(player.alerts);
        player.alerts.clear();
        return new PlayerReport(dead, errors, alerts, player.visibility, player.visibilityVersion, creep.bits(),
                creep.version(),
                new Score(player.collectedMinerals, player.collectedVespene, player.spentMinerals,
                        player.spentVespene, player.killedValueUnits, player.killedValueStructures,
                        player.lostMinerals, player.lostVespene,
                        player.income.minerals(loop, player.collectedMinerals),
                        player.income.vespene(loop, player.collectedVespene)),
                outcomes);
    }
}
