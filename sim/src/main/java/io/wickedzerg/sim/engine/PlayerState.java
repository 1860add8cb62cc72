package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.Cost;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.map.Point2;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The engine's mutable state of one player. */
final class PlayerState {
    /** An order refused after it was accepted (e.g. the build site got blocked), reported in the next observation. */
    record ActionError(long unitTag, int abilityId, CommandResult result) {
    }

    enum Outcome { VICTORY, DEFEAT, TIE }

    final PlayerSlot slot;
    /** What this player gets beyond the rules (a cheating computer level); {@link Cheats#NONE} for everyone else. */
    final Cheats cheats;
    final Point2 start;
    int minerals = 50;
    int vespene;
    final TreeSet<Integer> upgrades = new TreeSet<>();
    final TreeSet<Integer> researching = new TreeSet<>();
    byte[] visibility;
    final LitSpans lit = new LitSpans();
    long visibilityVersion;
    final Map<Long, UnitView> remembered = new LinkedHashMap<>();
    final List<Long> deadSinceObservation = new ArrayList<>();
    final List<ActionError> actionErrors = new ArrayList<>();
    final List<Alert> alerts = new ArrayList<>();
    private long lastUnderAttackLoop = -Alert.UNDER_ATTACK_REPEAT_LOOPS;
    private long lastBuildingUnderAttackLoop = -Alert.UNDER_ATTACK_REPEAT_LOOPS;
    int structures;
    Outcome outcome;
    /** The debug cheats switched on for this player. */
    final EnumSet<Cheat> debugCheats = EnumSet.noneOf(Cheat.class);

    // score
    long collectedMinerals;
    long collectedVespene;
    long spentMinerals;
    long spentVespene;
    long killedValueUnits;
    long killedValueStructures;
    long lostMinerals;
    long lostVespene;
    final CollectionRate income = new CollectionRate();

    PlayerState(PlayerSlot slot, Point2 start, int cells) {
        this.slot = slot;
        this.cheats = Cheats.of(slot);
        this.start = start;
        this.visibility = new byte[cells];
    }

    void alert(Alert alert) {
        alerts.add(alert);
    }

    /** A unit or structure of this player took damage at {@code loop}: alerts, unless one was just given. */
    void underAttack(boolean structure, long loop) {
        if (structure && loop - lastBuildingUnderAttackLoop >= Alert.UNDER_ATTACK_REPEAT_LOOPS) {
            lastBuildingUnderAttackLoop = loop;
            alerts.add(Alert.BuildingUnderAttack);
        } else if (!structure && loop - lastUnderAttackLoop >= Alert.UNDER_ATTACK_REPEAT_LOOPS) {
            lastUnderAttackLoop = loop;
            alerts.add(Alert.UnitUnderAttack);
        }
    }

    int id() {
        return slot.playerId();
    }

    boolean cheating(Cheat cheat) {
        return debugCheats.contains(cheat);
    }

    /** Whether the bank covers {@code times} this cost; anything goes with the free cheat on. */
    CommandResult afford(Cost cost, int times) {
        if (cheating(Cheat.FREE)) {
            return CommandResult.Success;
        }
        if (minerals < cost.minerals() * times) {
            return CommandResult.NotEnoughMinerals;
        }
        if (vespene < cost.vespene() * times) {
            return CommandResult.NotEnoughVespene;
        }
        return CommandResult.Success;
    }

    void pay(Cost cost, int times) {
        if (cheating(Cheat.FREE)) {
            return; // the real game charges nothing and scores nothing as spent
        }
        minerals -= cost.minerals() * times;
        vespene -= cost.vespene() * times;
        spentMinerals += (long) cost.minerals() * times;
        spentVespene += (long) cost.vespene() * times;
    }

    /** Gives back a share of a cost; nothing while the free cheat is on, as nothing was paid (we keep no receipt). */
    void refund(Cost cost, double share) {
        if (cheating(Cheat.FREE)) {
            return;
        }
        int m = (int) Math.floor(cost.minerals() * share);
        int v = (int) Math.floor(cost.vespene() * share);
        minerals += m;
        vespene += v;
        spentMinerals -= m;
        spentVespene -= v;
    }
}
