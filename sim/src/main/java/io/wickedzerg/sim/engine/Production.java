package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UpgradeFacts;

/** One item in a producer's queue: a unit to train, a research, or a morph of the producer itself. */
final class Production {
    enum Kind { TRAIN, RESEARCH, MORPH }

    final Kind kind;
    final UnitFacts unit;
    final UpgradeFacts upgrade;
    final int abilityId;
    final double totalLoops;
    double doneLoops;

    private Production(Kind kind, UnitFacts unit, UpgradeFacts upgrade, int abilityId, double totalLoops) {
        this.kind = kind;
        this.unit = unit;
        this.upgrade = upgrade;
        this.abilityId = abilityId;
        this.totalLoops = Math.max(1, totalLoops);
    }

    static Production train(UnitFacts unit) {
        return new Production(Kind.TRAIN, unit, null, unit.abilityId(), unit.buildTime());
    }

    static Production morph(UnitFacts into) {
        return new Production(Kind.MORPH, into, null, into.abilityId(), into.buildTime());
    }

    static Production research(UpgradeFacts upgrade) {
        return new Production(Kind.RESEARCH, null, upgrade, upgrade.abilityId(), upgrade.researchTime());
    }

    float progress() {
        return (float) Math.min(1.0, doneLoops / totalLoops);
    }

    boolean done() {
        return doneLoops >= totalLoops;
    }
}
