package io.wickedzerg.bot.core;

import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Ability;
import java.util.Set;

/**
 * The abilities the real game runs for every unit of a multi-unit raw command. For any other
 * ability (train, build, morph, research, inject, rally, ...) the game runs such a command once,
 * for one of its units: three hatcheries told to train a queen in one command make one queen.
 *
 * <p>The list is the one python-sc2 keeps as {@code COMBINEABLE_ABILITIES}, by ability id. Those
 * are the general ids; ocraft names three of them differently or not at all: its {@code MOVE},
 * {@code PATROL} and {@code HOLD_POSITION} are the specific ids 16, 17 and 18, which python-sc2
 * sends one unit at a time, so the sink does too (the bot moves single units only anyway).
 */
public final class GroupAbilities {

    /** General ids ocraft has no constant for. */
    static final int HOLD_POSITION_GENERAL = 3793;
    static final int MOVE_GENERAL = 3794;
    static final int PATROL_GENERAL = 3795;

    private static final Set<Integer> IDS = Set.of(
            MOVE_GENERAL,
            Abilities.ATTACK.getAbilityId(),
            Abilities.SCAN_MOVE.getAbilityId(),
            Abilities.STOP.getAbilityId(),
            HOLD_POSITION_GENERAL,
            PATROL_GENERAL,
            Abilities.HARVEST_GATHER.getAbilityId(),
            Abilities.HARVEST_RETURN.getAbilityId(),
            Abilities.EFFECT_REPAIR.getAbilityId(),
            Abilities.LIFT.getAbilityId(),
            Abilities.BURROW_DOWN.getAbilityId(),
            Abilities.BURROW_UP.getAbilityId(),
            Abilities.MORPH_SIEGE_MODE.getAbilityId(),
            Abilities.MORPH_UNSIEGE.getAbilityId(),
            Abilities.MORPH_LIBERATOR_AA_MODE.getAbilityId(),
            Abilities.EFFECT_STIM.getAbilityId(),
            Abilities.MORPH_UPROOT.getAbilityId(),
            Abilities.EFFECT_BLINK.getAbilityId(),
            Abilities.MORPH_ARCHON.getAbilityId());

    private GroupAbilities() {
    }

    /** True when one command may carry many units of this ability and every one of them acts. */
    public static boolean isGroup(Ability ability) {
        return IDS.contains(ability.getAbilityId());
    }

    /** The ids, for comparing with other lists. */
    public static Set<Integer> ids() {
        return IDS;
    }
}
