package io.wickedzerg.bot.telemetry;

import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.model.ZergTech;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The game reports a drone that turns into a building as dead, in the same observation in which
 * the building appears. Within one step, each new drone-made structure accounts for one dead
 * drone; the drones left over were lost.
 */
final class DroneMorphs {

    /** Queens and tumors make these; no drone is spent. */
    private static final Set<Units> NOT_FROM_A_DRONE = Set.of(Units.ZERG_CREEP_TUMOR, Units.ZERG_CREEP_TUMOR_QUEEN,
            Units.ZERG_CREEP_TUMOR_BURROWED);

    private final List<UnitView> deadDrones = new ArrayList<>();
    private int structuresStarted;

    /** True when the game may have reported this unit dead because it became a building. */
    static boolean mayHaveMorphed(UnitView unit) {
        return unit.type() == Units.ZERG_DRONE;
    }

    static boolean isFromADrone(UnitView created) {
        return ZergTech.isStructure(created.type()) && !created.isFinished()
                && !(created.type() instanceof Units u && NOT_FROM_A_DRONE.contains(u));
    }

    void droneDied(UnitView drone) {
        deadDrones.add(drone);
    }

    void structureStarted() {
        structuresStarted++;
    }

    /** The drones of the step just observed that did not become buildings; the next step starts empty. */
    List<UnitView> lostDrones() {
        if (deadDrones.isEmpty()) {
            structuresStarted = 0;
            return List.of();
        }
        int lost = Math.max(0, deadDrones.size() - structuresStarted);
        List<UnitView> out = List.copyOf(deadDrones.subList(0, lost));
        deadDrones.clear();
        structuresStarted = 0;
        return out;
    }
}
