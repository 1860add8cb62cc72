package io.wickedzerg.sim.engine.view;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UpgradeCatalog;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.map.Point2;
import io.wickedzerg.sim.map.Terrain;

import java.util.List;
import java.util.Set;

/**
 * What one player knows at one game loop: own units in full, enemies only inside own vision (plus remembered
 * structures as snapshots), every resource (snapshots outside vision), bank, supply and upgrades. Read-only.
 */
public interface PlayerView {

    int playerId();

    Race race();

    long gameLoop();

    int minerals();

    int vespene();

    int foodUsed();

    int foodCap();

    int foodArmy();

    int foodWorkers();

    List<UnitView> ownUnits();

    /** Enemy units in vision and enemy structures remembered as snapshots. */
    List<UnitView> enemyUnits();

    /** Mineral fields and geysers; outside vision they are snapshots without contents. */
    List<UnitView> neutralUnits();

    Set<Integer> upgrades();

    Point2 startLocation();

    /** Where enemies may have started (all start locations but this player's). */
    List<Point2> enemyStartLocations();

    Terrain terrain();

    UnitCatalog units();

    UpgradeCatalog upgradeCatalog();

    boolean hasCreep(int x, int y);

    /** Whether a structure of this type could be placed with its centre here now (ignoring cost). */
    CommandResult checkPlacement(int structureType, Point2 centre);
}
