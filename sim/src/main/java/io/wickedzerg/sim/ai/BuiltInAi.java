package io.wickedzerg.sim.ai;

import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UpgradeCatalog;
import io.wickedzerg.sim.engine.ComputerPlayer;
import io.wickedzerg.sim.engine.command.PlayerCommands;
import io.wickedzerg.sim.engine.view.PlayerView;
import java.util.Objects;

/**
 * A built-in opponent driven by an {@link AiProfile}. Every {@code actEveryLoops} game loops it decides, in
 * this order: economy (mining, supply, workers, gas, expansions), production (tech, producers, queens, army,
 * researches), army (defend, rally, attack), and last idle workers back to mining. Deterministic for a given seed and sequence of views.
 */
public final class BuiltInAi implements ComputerPlayer {
    private final AiProfile profile;
    private final EconomyDecisions economy;
    private final ProductionDecisions production;
    private final ArmyDecisions army = new ArmyDecisions();
    private long lastTurn = Long.MIN_VALUE;

    public BuiltInAi(AiProfile profile, long seed) {
        this(profile, seed, UnitCatalog.standard(), UpgradeCatalog.standard());
    }

    BuiltInAi(AiProfile profile, long seed, UnitCatalog units, UpgradeCatalog upgrades) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.economy = new EconomyDecisions(new BuildSpots(seed));
        this.production = new ProductionDecisions(economy,
                TechPath.structuresFor(profile, units, upgrades, RaceKit.of(profile.race()).townhall()));
    }

    public AiProfile profile() {
        return profile;
    }

    @Override
    public void onStep(PlayerView view, PlayerCommands commands) {
        if (lastTurn != Long.MIN_VALUE && view.gameLoop() - lastTurn < profile.actEveryLoops()) {
            return;
        }
        lastTurn = view.gameLoop();
        Turn turn = new Turn(view, commands, profile);
        economy.act(turn);
        production.act(turn);
        army.act(turn);
        economy.sendIdleWorkersToMine(turn);
    }

    boolean attacking() {
        return army.attacking();
    }
}
