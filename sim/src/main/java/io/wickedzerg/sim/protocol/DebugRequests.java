package io.wickedzerg.sim.protocol;

import SC2APIProtocol.Debug;
import io.wickedzerg.sim.engine.Cheat;
import io.wickedzerg.sim.engine.DebugCommands;
import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.engine.PlayerSlot;
import io.wickedzerg.sim.map.Point2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a {@code RequestDebug}'s commands, one by one, to a game for the player who sent it. The real game answers every
 * debug request with an empty {@code ResponseDebug} and reports no error for a command it cannot carry out (an
 * unknown unit type, a dead tag), so neither does this: such commands are logged and skipped. Drawing, score and
 * test-process commands change nothing in a headless game.
 */
public final class DebugRequests {
    private static final Logger log = LoggerFactory.getLogger(DebugRequests.class);

    private DebugRequests() {
    }

    /** Applies one of a {@code RequestDebug}'s commands (the server records each before it applies it). */
    public static void apply(Game game, int playerId, Debug.DebugCommand command) {
        DebugCommands debug = game.debug();
        switch (command.getCommandCase()) {
            case CREATE_UNIT -> createUnit(game, command.getCreateUnit());
            case KILL_UNIT -> debug.killUnits(command.getKillUnit().getTagList());
            case UNIT_VALUE -> {
                Debug.DebugSetUnitValue v = command.getUnitValue();
                if (!debug.setUnitValue(v.getUnitTag(), unitValue(v.getUnitValue()), v.getValue())) {
                    log.info("player {}: debug unit_value for unknown or dead unit {}: skipped", playerId, v.getUnitTag());
                }
            }
            // end_result defaults to Surrender, as the proto documents
            case END_GAME -> debug.endGame(playerId,
                    command.getEndGame().getEndResult() == Debug.DebugEndGame.EndResult.DeclareVictory);
            case GAME_STATE -> {
                Cheat cheat = cheat(command.getGameState());
                debug.cheat(playerId, cheat);
                if (cheat == Cheat.CONTROL_ENEMY) {
                    log.info("player {}: debug control_enemy is not simulated: enemy units stay the enemy's", playerId);
                }
            }
            default -> log.debug("player {}: debug {} changes nothing here", playerId, command.getCommandCase());
        }
    }

    private static void createUnit(Game game, Debug.DebugCreateUnit c) {
        boolean knownOwner = c.getOwner() == Game.NEUTRAL
                || game.setup().players().stream().map(PlayerSlot::playerId).anyMatch(id -> id == c.getOwner());
        if (!knownOwner || game.setup().units().find(c.getUnitType()).isEmpty()) {
            log.info("debug create_unit of type {} for player {}: no such type or player, skipped",
                    c.getUnitType(), c.getOwner());
            return;
        }
        game.debug().createUnits(c.getOwner(), c.getUnitType(), new Point2(c.getPos().getX(), c.getPos().getY()),
                c.getQuantity());
    }

    private static DebugCommands.UnitValue unitValue(Debug.DebugSetUnitValue.UnitValue value) {
        return switch (value) {
            case Energy -> DebugCommands.UnitValue.ENERGY;
            case Life -> DebugCommands.UnitValue.LIFE;
            case Shields -> DebugCommands.UnitValue.SHIELDS;
        };
    }

    private static Cheat cheat(Debug.DebugGameState state) {
        return switch (state) {
            case show_map -> Cheat.SHOW_MAP;
            case control_enemy -> Cheat.CONTROL_ENEMY;
            case food -> Cheat.FOOD;
            case free -> Cheat.FREE;
            case all_resources -> Cheat.ALL_RESOURCES;
            case god -> Cheat.GOD;
            case minerals -> Cheat.MINERALS;
            case gas -> Cheat.GAS;
            case cooldown -> Cheat.COOLDOWN;
            case tech_tree -> Cheat.TECH_TREE;
            case upgrade -> Cheat.UPGRADE;
            case fast_build -> Cheat.FAST_BUILD;
        };
    }
}
