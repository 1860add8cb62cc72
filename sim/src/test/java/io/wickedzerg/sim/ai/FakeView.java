package io.wickedzerg.sim.ai;

import io.wickedzerg.sim.data.GameTime;
import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UpgradeCatalog;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.engine.view.OrderView;
import io.wickedzerg.sim.engine.view.PlayerView;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.engine.view.UpgradeLevels;
import io.wickedzerg.sim.map.BaseLocation;
import io.wickedzerg.sim.map.BaseRole;
import io.wickedzerg.sim.map.BuiltInMaps;
import io.wickedzerg.sim.map.GameMap;
import io.wickedzerg.sim.map.Point2;
import io.wickedzerg.sim.map.Terrain;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A constructed player view on the small built-in map: player 1 in the lower-left main, everything placeable. */
final class FakeView implements PlayerView {
    static final GameMap MAP = BuiltInMaps.standard().defaultMap();
    private static final Terrain TERRAIN = new Terrain(MAP);

    private final Race race;
    private long loop;
    private int minerals = 50;
    private int vespene;
    private int foodUsed;
    private int foodCap = 15;
    private final List<UnitView> own = new ArrayList<>();
    private final List<UnitView> enemies = new ArrayList<>();
    private final List<UnitView> neutrals = new ArrayList<>();
    private final Set<Integer> upgrades = new HashSet<>();
    private long nextTag = 1;

    FakeView(Race race) {
        this.race = race;
        for (BaseLocation base : MAP.bases()) {
            base.minerals().forEach(m -> neutrals.add(unit(nextTag++, m.unitType(), 16, at(m.position()), 1f, List.of())));
            base.geysers().forEach(g -> neutrals.add(unit(nextTag++, g.unitType(), 16, at(g.position()), 1f, List.of())));
        }
    }

    static Point2 at(io.wickedzerg.sim.map.Point2 p) {
        return Point2.of(p.x(), p.y());
    }

    static Point2 main() {
        return at(MAP.startLocations().get(0));
    }

    static Point2 natural() {
        return at(MAP.base(0, BaseRole.NATURAL).townhall());
    }

    FakeView atClock(int seconds) {
        loop = GameTime.realSecondsToLoops(seconds);
        return this;
    }

    FakeView bank(int minerals, int vespene) {
        this.minerals = minerals;
        this.vespene = vespene;
        return this;
    }

    FakeView food(int used, int cap) {
        this.foodUsed = used;
        this.foodCap = cap;
        return this;
    }

    FakeView upgrade(int id) {
        upgrades.add(id);
        return this;
    }

    /** Adds finished, idle own units of a type at a point; returns the last one. */
    UnitView own(int type, int count, Point2 where) {
        UnitView last = null;
        for (int i = 0; i < count; i++) {
            last = unit(nextTag++, type, 1, where, 1f, List.of());
            own.add(last);
        }
        return last;
    }

    UnitView ownWith(int type, Point2 where, float buildProgress, float energy, List<OrderView> orders) {
        UnitView unit = new UnitView(nextTag++, type, 1, where, 0, 0.5f, 100, 100, 0, 0, energy, 200, buildProgress,
                false, false, orders, 0, 0, false, false, 0, 0, 0, 0, 0, UpgradeLevels.NONE, false, null, 0, false);
        own.add(unit);
        return unit;
    }

    UnitView enemy(int type, Point2 where) {
        UnitView unit = unit(nextTag++, type, 2, where, 1f, List.of());
        enemies.add(unit);
        return unit;
    }

    private static UnitView unit(long tag, int type, int owner, Point2 where, float progress, List<OrderView> orders) {
        return new UnitView(tag, type, owner, where, 0, 0.5f, 100, 100, 0, 0, 0, 0, progress, false, false, orders,
                owner == 16 ? 1800 : 0, 0, false, false, 0, 16, 0, 0, 0, UpgradeLevels.NONE, false, null, 0, false);
    }

    @Override
    public int playerId() {
        return 1;
    }

    @Override
    public Race race() {
        return race;
    }

    @Override
    public long gameLoop() {
        return loop;
    }

    @Override
    public int minerals() {
        return minerals;
    }

    @Override
    public int vespene() {
        return vespene;
    }

    @Override
    public int foodUsed() {
        return foodUsed;
    }

    @Override
    public int foodCap() {
        return foodCap;
    }

    @Override
    public int foodArmy() {
        return 0;
    }

    @Override
    public int foodWorkers() {
        return 0;
    }

    @Override
    public List<UnitView> ownUnits() {
        return List.copyOf(own);
    }

    @Override
    public List<UnitView> enemyUnits() {
        return List.copyOf(enemies);
    }

    @Override
    public List<UnitView> neutralUnits() {
        return List.copyOf(neutrals);
    }

    @Override
    public Set<Integer> upgrades() {
        return Set.copyOf(upgrades);
    }

    @Override
    public Point2 startLocation() {
        return main();
    }

    @Override
    public List<Point2> enemyStartLocations() {
        return List.of(at(MAP.startLocations().get(1)));
    }

    @Override
    public Terrain terrain() {
        return TERRAIN;
    }

    @Override
    public UnitCatalog units() {
        return UnitCatalog.standard();
    }

    @Override
    public UpgradeCatalog upgradeCatalog() {
        return UpgradeCatalog.standard();
    }

    @Override
    public boolean hasCreep(int x, int y) {
        return true;
    }

    @Override
    public CommandResult checkPlacement(int structureType, Point2 centre) {
        return CommandResult.Success;
    }
}
