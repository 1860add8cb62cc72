package io.wickedzerg.bot.core;

import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Ability;
import java.util.Map;

/**
 * Specific and general ids of the same order (a server may report ATTACK_ATTACK for our ATTACK),
 * so "already running it" compares the meaning, not the id.
 */
final class AbilityAliases {

    private static final Map<Ability, Ability> GENERAL = Map.of(
            Abilities.ATTACK_ATTACK, Abilities.ATTACK,
            Abilities.HARVEST_GATHER_DRONE, Abilities.HARVEST_GATHER,
            Abilities.HARVEST_RETURN_DRONE, Abilities.HARVEST_RETURN,
            Abilities.STOP_STOP, Abilities.STOP,
            Abilities.RALLY_HATCHERY_UNITS, Abilities.RALLY_UNITS,
            Abilities.RALLY_HATCHERY_WORKERS, Abilities.RALLY_WORKERS);

    private AbilityAliases() {
    }

    static Ability general(Ability ability) {
        return GENERAL.getOrDefault(ability, ability);
    }

    static boolean same(Ability a, Ability b) {
        return general(a).equals(general(b));
    }
}
