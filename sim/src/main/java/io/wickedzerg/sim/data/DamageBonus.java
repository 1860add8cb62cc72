package io.wickedzerg.sim.data;

import java.util.Objects;

/** Extra damage per attack against units with an attribute (e.g. +10 vs Armored). */
public record DamageBonus(Attribute attribute, float bonus) {
    public DamageBonus {
        Objects.requireNonNull(attribute, "attribute");
    }
}
