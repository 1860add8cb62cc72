package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UpgradeFacts;
import io.wickedzerg.sim.map.Point2;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The SC2 API's debug commands on one game, each doing what the real game does for the player who sends it:
 * create and kill units, set a unit's energy, life or shields, end the game, and the game-state cheats of
 * {@link Cheat}. A cheat applies to the sender alone.
 */
public final class DebugCommands {
    /** What a gift cheat (minerals, gas, all resources) adds to the bank, as in the real game. */
    public static final int GIFT = 5000;
    /**
     * How many times faster construction, training, morphs and research run under the fast build cheat.
     * python-sc2 (written against the real game) describes that cheat as setting build times to zero; a rate
     * keeps our one code path for progress and still finishes a drone in 3 loops and the longest research in
     * under 50 (about 2 s), while orders stay visible for a step or two.
     */
    public static final double FAST_BUILD_RATE = 100;

    /** The unit values {@code DebugSetUnitValue} may set. */
    public enum UnitValue { ENERGY, LIFE, SHIELDS }

    private final Game game;
    /** The player whose debug end_game ends the game at the next loop, and whether as a win. */
    private int endingPlayer;
    private boolean endingAsVictory;

    DebugCommands(Game game) {
        this.game = game;
    }

    /** Places {@code quantity} finished units (at least one) for a player; returns their tags. */
    public List<Long> createUnits(int owner, int unitType, Point2 at, int quantity) {
        List<Long> tags = new ArrayList<>();
        for (int i = 0; i < Math.max(1, quantity); i++) {
            tags.add(game.spawnFinished(owner, unitType, at));
        }
        return tags;
    }

    /**
     * The tagged units die as if killed by nobody: their owner loses them (score) and they leave the world now, so
     * the next observation lists them as dead. Unknown or dead tags are skipped, as the real game does.
     */
    public void killUnits(Collection<Long> tags) {
        boolean any = false;
        for (long tag : tags) {
            SimUnit u = game.unit(tag);
            if (u != null) {
                game.kill(u, null);
                any = true;
            }
        }
        if (any) {
            game.deaths.removeDead(); // a unit created this loop waits in the spawn list and leaves at the next loop
        }
    }

    /**
     * Sets a unit's energy, life or shields, held between 0 and the unit's maximum (life at least 1: killing is
     * {@link #killUnits}'s). Returns whether the tag names a living unit.
     */
    public boolean setUnitValue(long tag, UnitValue value, double amount) {
        SimUnit u = game.unit(tag);
        if (u == null) {
            return false;
        }
        switch (value) {
            case ENERGY -> u.energy = clamp(amount, 0, u.facts.maxEnergy());
            case LIFE -> u.health = clamp(amount, Math.min(1, u.facts.hp()), u.facts.hp());
            case SHIELDS -> u.shield = clamp(amount, 0, u.facts.shields());
        }
        return true;
    }

    private static double clamp(double v, double min, double max) {
        return Double.isNaN(v) ? min : Math.max(min, Math.min(max, v));
    }

    /**
     * The game ends at the next loop with this player's win ({@code victory}) or loss, everyone else getting the
     * other result. Not at once: the real game answers the debug request still in game, and the step after it
     * reports the end, which is where clients look for it.
     */
    public void endGame(int playerId, boolean victory) {
        game.requirePlayer(playerId);
        if (endingPlayer == 0) {
            endingPlayer = playerId;
            endingAsVictory = victory;
        }
    }

    /** Called by the loop: ends the game if a player asked to. */
    void endIfAsked() {
        if (endingPlayer != 0) {
            game.end(endingPlayer, endingAsVictory);
            endingPlayer = 0;
        }
    }

    /** A game-state cheat from a player: a toggle flips for that player; a gift or upgrade acts once. */
    public void cheat(int playerId, Cheat cheat) {
        PlayerState p = game.requirePlayer(playerId);
        switch (cheat) {
            case MINERALS -> p.minerals += GIFT;
            case GAS -> p.vespene += GIFT;
            case ALL_RESOURCES -> {
                p.minerals += GIFT;
                p.vespene += GIFT;
            }
            case UPGRADE -> upgradeOneLevel(p);
            default -> {
                if (!p.debugCheats.remove(cheat)) {
                    p.debugCheats.add(cheat);
                }
            }
        }
    }

    /** Whether a toggle cheat is on for a player. */
    public boolean isOn(int playerId, Cheat cheat) {
        return game.requirePlayer(playerId).cheating(cheat);
    }

    /**
     * The upgrade cheat: every upgrade of the player's race whose previous level is done gets researched, so one use
     * gives level 1 of each line and stim, combat shield and the like, the next use level 2 (python-sc2 describes the
     * real game so). Tech buildings are not needed. An upgrade being researched is finished too, its queue item left
     * to complete without effect.
     */
    private void upgradeOneLevel(PlayerState p) {
        List<Integer> next = new ArrayList<>();
        for (UpgradeFacts up : game.upgradeCatalog.all()) {
            boolean ready = up.requiredUpgrade() == 0 || p.upgrades.contains(up.requiredUpgrade());
            if (!p.upgrades.contains(up.id()) && ready && raceOf(up) == p.slot.race()) {
                next.add(up.id());
            }
        }
        p.upgrades.addAll(next);
    }

    private Race raceOf(UpgradeFacts up) {
        return game.catalog.find(up.researchedBy()).map(UnitFacts::race).orElse(null);
    }
}
