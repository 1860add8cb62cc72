package io.wickedzerg.sim.data;

import java.util.Objects;

/**
 * A research as game_data reports it (id, name, cost, research time in game loops, ability), plus who
 * researches it and what must exist first (documented, not in game_data).
 *
 * @param researchedBy    the structure type that researches it
 * @param techRequirement a type that must exist (or an alias of it); 0 if none
 * @param requiredUpgrade an upgrade that must be done first (level 2 needs level 1); 0 if none
 */
public record UpgradeFacts(
        int id,
        String name,
        Cost cost,
        float researchTime,
        int abilityId,
        int researchedBy,
        int techRequirement,
        int requiredUpgrade) {

    public UpgradeFacts {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cost, "cost");
    }
}
