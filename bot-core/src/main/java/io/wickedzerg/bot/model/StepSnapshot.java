package io.wickedzerg.bot.model;

import com.github.ocraft.s2client.protocol.data.Ability;
import com.github.ocraft.s2client.protocol.data.UnitType;
import com.github.ocraft.s2client.protocol.data.Units;
import com.github.ocraft.s2client.protocol.data.Upgrade;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything managers read in one step, built in one pass over the observed units. Immutable: a
 * manager's decisions this step cannot change what the next manager sees, only the ledger and sink do.
 * Every unit list is in tag order, whatever order the observation used.
 */
public final class StepSnapshot {

    private static final Comparator<UnitView> BY_TAG = Comparator.comparingLong(UnitView::tag);

    private final long gameLoop;
    private final int minerals;
    private final int vespene;
    private final int foodUsed;
    private final int foodCap;
    private final Map<UnitType, List<UnitView>> mineByType;
    private final Map<Long, UnitView> byTag;
    private final List<UnitView> mine;
    private final List<UnitView> enemies;
    private final List<UnitView> mineralFields;
    private final List<UnitView> geysers;
    private final Map<UnitType, Integer> inProduction;
    private final Set<Upgrade> upgrades;
    private final Set<Ability> researching;
    private final int armySupply;
    private final TradeValues trade;

    private StepSnapshot(Builder b, ZergTech tech) {
        this.gameLoop = b.gameLoop;
        this.minerals = b.minerals;
        this.vespene = b.vespene;
        this.foodUsed = b.foodUsed;
        this.foodCap = b.foodCap;
        this.upgrades = Set.copyOf(b.upgrades);
        this.trade = b.trade;
        Map<UnitType, List<UnitView>> types = new HashMap<>();
        Map<Long, UnitView> tags = new HashMap<>(b.units.size() * 2);
        List<UnitView> own = new ArrayList<>();
        List<UnitView> foes = new ArrayList<>();
        List<UnitView> minerals = new ArrayList<>();
        List<UnitView> gas = new ArrayList<>();
        Map<UnitType, Integer> production = new HashMap<>();
        Set<Ability> research = new HashSet<>();
        float army = 0;
        // ocraft hands units over in HashSet order, and a Unit's hash mixes in enum identity hashes, so
        // the order changes from one JVM to the next. Every "first one wins" choice a manager makes
        // follows list order: tag order makes a game replay identically for the same observations.
        b.units.sort(BY_TAG);
        for (UnitView u : b.units) {
            tags.put(u.tag(), u);
            switch (u.alliance()) {
                case SELF -> {
                    own.add(u);
                    types.computeIfAbsent(u.type(), t -> new ArrayList<>()).add(u);
                    if (u.isFinished() && ZergTech.ARMY.contains(u.type())) {
                        army += ZergTech.supplyPerUnit(tech.of(u.type()));
                    }
                    for (OrderView order : u.orders()) {
                        tech.byAbility(order.ability()).ifPresent(p -> {
                            if (p.isUpgrade()) {
                                research.add(p.ability());
                            } else {
                                production.merge(p.unit(), ZergTech.unitsPerOrder(p), Integer::sum);
                            }
                        });
                    }
                    if (!u.isFinished() && ZergTech.isStructure(u.type())) {
                        production.merge(u.type(), 1, Integer::sum);
                    }
                }
                case ENEMY -> foes.add(u);
                case NEUTRAL -> {
                    if (ZergTech.isMineralField(u.type())) {
                        minerals.add(u);
                    } else if (ZergTech.isGeyser(u.type())) {
                        gas.add(u);
                    }
                }
                default -> { }
            }
        }
        types.replaceAll((t, list) -> List.copyOf(list));
        this.mineByType = Map.copyOf(types);
        this.byTag = Collections.unmodifiableMap(tags);
        this.mine = List.copyOf(own);
        this.enemies = List.copyOf(foes);
        this.mineralFields = List.copyOf(minerals);
        this.geysers = List.copyOf(gas);
        this.inProduction = Map.copyOf(production);
        this.researching = Set.copyOf(research);
        this.armySupply = Math.round(army);
    }

    public static Builder builder() {
        return new Builder();
    }

    public long gameLoop() { return gameLoop; }
    public double gameSeconds() { return gameLoop / 22.4; }
    public int minerals() { return minerals; }
    public int vespene() { return vespene; }
    public int foodUsed() { return foodUsed; }
    public int foodCap() { return foodCap; }
    public int supplyLeft() { return foodCap - foodUsed; }
    public int armySupply() { return armySupply; }
    public List<UnitView> mine() { return mine; }
    public List<UnitView> enemies() { return enemies; }
    public List<UnitView> mineralFields() { return mineralFields; }
    public List<UnitView> geysers() { return geysers; }
    public Set<Upgrade> upgrades() { return upgrades; }
    /** The score's killed and lost values; empty when the observation had no score. */
    public Optional<TradeValues> trade() { return Optional.ofNullable(trade); }

    public UnitView byTag(long tag) {
        return byTag.get(tag);
    }

    /** Own units of a type, finished or not. */
    public List<UnitView> mine(UnitType type) {
        return mineByType.getOrDefault(type, List.of());
    }

    public List<UnitView> mineFinished(UnitType type) {
        List<UnitView> all = mine(type);
        List<UnitView> done = new ArrayList<>(all.size());
        for (UnitView u : all) {
            if (u.isFinished()) {
                done.add(u);
            }
        }
        return done;
    }

    public boolean hasFinished(UnitType type) {
        for (UnitView u : mine(type)) {
            if (u.isFinished()) {
                return true;
            }
        }
        // A lair counts as a hatchery, a hive as both, for requirements.
        if (type == Units.ZERG_HATCHERY) {
            return hasFinished(Units.ZERG_LAIR);
        }
        if (type == Units.ZERG_LAIR) {
            return hasFinished(Units.ZERG_HIVE);
        }
        return false;
    }

    public List<UnitView> townhalls() {
        List<UnitView> out = new ArrayList<>();
        for (UnitType t : ZergTech.TOWNHALLS) {
            out.addAll(mine(t));
        }
        out.sort(BY_TAG);
        return out;
    }

    public List<UnitView> larva() { return mine(Units.ZERG_LARVA); }
    public List<UnitView> drones() { return mine(Units.ZERG_DRONE); }
    public List<UnitView> eggs() { return mine(Units.ZERG_EGG); }

    /** Units of {@code type} being made: eggs, drones on their way to build, structures not finished. */
    public int inProduction(UnitType type) {
        return inProduction.getOrDefault(type, 0);
    }

    /** Finished-or-not units of the type plus the ones ordered; what a build order counts. */
    public int countWithPending(UnitType type) {
        int existing = 0;
        for (UnitView u : mine(type)) {
            if (u.isFinished()) {
                existing++;
            }
        }
        return existing + inProduction(type);
    }

    public boolean isResearching(Ability ability) {
        return researching.contains(ability);
    }

    public int workerCount() {
        return drones().size() + inProduction(Units.ZERG_DRONE);
    }

    /** Supply cap including overlords in eggs and unfinished hatcheries, capped at 200. */
    public int foodCapWithPending() {
        int pending = inProduction(Units.ZERG_OVERLORD) * 8 + inProduction(Units.ZERG_HATCHERY) * 6;
        return Math.min(200, foodCap + pending);
    }

    /** Builder: set the header, add every unit once. */
    public static final class Builder {
        private long gameLoop;
        private int minerals;
        private int vespene;
        private int foodUsed;
        private int foodCap;
        private final List<UnitView> units = new ArrayList<>();
        private final Set<Upgrade> upgrades = new HashSet<>();
        private TradeValues trade;

        public Builder gameLoop(long value) { this.gameLoop = value; return this; }
        public Builder bank(int mineralsValue, int vespeneValue) { this.minerals = mineralsValue; this.vespene = vespeneValue; return this; }
        public Builder supply(int used, int cap) { this.foodUsed = used; this.foodCap = cap; return this; }
        public Builder add(UnitView unit) { units.add(unit); return this; }
        public Builder addAll(Iterable<UnitView> all) { all.forEach(units::add); return this; }
        public Builder upgrade(Upgrade upgrade) { upgrades.add(upgrade); return this; }
        public Builder trade(TradeValues values) { this.trade = values; return this; }

        public StepSnapshot build(ZergTech tech) {
            return new StepSnapshot(this, tech);
        }
    }
}
