package io.wickedzerg.bot.model;

import com.github.ocraft.s2client.protocol.data.Ability;
import com.github.ocraft.s2client.protocol.data.UnitType;
import com.github.ocraft.s2client.protocol.unit.Alliance;
import java.util.List;

/**
 * What the bot knows about one unit in one step. Built once per step from the observation (or by
 * hand in tests), so managers never touch protocol objects.
 */
public record UnitView(
        long tag,
        UnitType type,
        Alliance alliance,
        Point2 pos,
        float health,
        float healthMax,
        float energy,
        float buildProgress,
        List<OrderView> orders,
        int assignedHarvesters,
        int idealHarvesters,
        int mineralContents,
        int vespeneContents,
        boolean flying,
        boolean snapshot) {

    public UnitView {
        orders = List.copyOf(orders);
    }

    public static Builder builder(long tag, UnitType type) {
        return new Builder(tag, type);
    }

    public boolean isIdle() {
        return orders.isEmpty();
    }

    public boolean isFinished() {
        return buildProgress >= 1f;
    }

    public boolean isMine() {
        return alliance == Alliance.SELF;
    }

    public boolean isEnemy() {
        return alliance == Alliance.ENEMY;
    }

    /** True when the first order is {@code ability}. */
    public boolean isRunning(Ability ability) {
        return !orders.isEmpty() && orders.get(0).ability().equals(ability);
    }

    public boolean hasOrder(Ability ability) {
        for (OrderView order : orders) {
            if (order.ability().equals(ability)) {
                return true;
            }
        }
        return false;
    }

    public float healthFraction() {
        return healthMax <= 0 ? 1f : health / healthMax;
    }

    public Builder toBuilder() {
        return new Builder(tag, type).alliance(alliance).pos(pos).health(health, healthMax).energy(energy)
                .buildProgress(buildProgress).orders(orders).harvesters(assignedHarvesters, idealHarvesters)
                .contents(mineralContents, vespeneContents).flying(flying).snapshot(snapshot);
    }

    /** For tests and the snapshot factory: many optional fields, sensible defaults. */
    public static final class Builder {
        private final long tag;
        private final UnitType type;
        private Alliance alliance = Alliance.SELF;
        private Point2 pos = new Point2(0, 0);
        private float health = 100;
        private float healthMax = 100;
        private float energy;
        private float buildProgress = 1f;
        private List<OrderView> orders = List.of();
        private int assignedHarvesters;
        private int idealHarvesters;
        private int mineralContents;
        private int vespeneContents;
        private boolean flying;
        private boolean snapshot;

        private Builder(long tag, UnitType type) {
            this.tag = tag;
            this.type = type;
        }

        public Builder alliance(Alliance value) { this.alliance = value; return this; }
        public Builder enemy() { return alliance(Alliance.ENEMY); }
        public Builder neutral() { return alliance(Alliance.NEUTRAL); }
        public Builder pos(Point2 value) { this.pos = value; return this; }
        public Builder pos(double x, double y) { return pos(new Point2(x, y)); }
        public Builder health(float value, float max) { this.health = value; this.healthMax = max; return this; }
        public Builder energy(float value) { this.energy = value; return this; }
        public Builder buildProgress(float value) { this.buildProgress = value; return this; }
        public Builder orders(List<OrderView> value) { this.orders = value; return this; }
        public Builder order(OrderView value) { this.orders = List.of(value); return this; }
        public Builder harvesters(int assigned, int ideal) { this.assignedHarvesters = assigned; this.idealHarvesters = ideal; return this; }
        public Builder contents(int minerals, int vespene) { this.mineralContents = minerals; this.vespeneContents = vespene; return this; }
        public Builder flying(boolean value) { this.flying = value; return this; }
        public Builder snapshot(boolean value) { this.snapshot = value; return this; }

        public UnitView build() {
            return new UnitView(tag, type, alliance, pos, health, healthMax, energy, buildProgress, orders,
                    assignedHarvesters, idealHarvesters, mineralContents, vespeneContents, flying, snapshot);
        }
    }
}
