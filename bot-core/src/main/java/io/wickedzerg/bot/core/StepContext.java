package io.wickedzerg.bot.core;

import io.wickedzerg.bot.model.GameMap;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.ZergTech;
import io.wickedzerg.bot.strategy.StrategyParameters;

/** What a manager may read and use in one step. */
public record StepContext(
        StepSnapshot snapshot,
        GameMap map,
        ZergTech tech,
        RoleRegistry roles,
        ResourceLedger ledger,
        CommandSink sink,
        StrategyParameters strategy,
        EnemyIntel intel,
        BuildingPlacer placer,
        Builders builders,
        GameEvents events) {
}
