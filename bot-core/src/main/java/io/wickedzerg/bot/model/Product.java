package io.wickedzerg.bot.model;

import com.github.ocraft.s2client.protocol.data.Ability;
import com.github.ocraft.s2client.protocol.data.UnitType;
import com.github.ocraft.s2client.protocol.data.Upgrade;

/**
 * One unit, structure or upgrade the bot can make: the ability that makes it, what makes it, what it
 * costs and what must exist first. Exactly one of {@code unit} / {@code upgrade} is set.
 *
 * @param name      the name used in build-order files ("drone", "spawning_pool", "metabolic_boost")
 * @param requires  structure that must be finished first, or null
 * @param madeBy    the structure type that researches/trains it (RESEARCH/TOWNHALL), or null
 */
public record Product(
        String name,
        UnitType unit,
        Upgrade upgrade,
        Ability ability,
        Producer producer,
        Cost cost,
        UnitType requires,
        UnitType madeBy) {

    public boolean isUpgrade() {
        return upgrade != null;
    }

    public boolean isStructure() {
        return producer == Producer.DRONE;
    }
}
