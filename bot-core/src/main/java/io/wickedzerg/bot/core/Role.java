package io.wickedzerg.bot.core;

/** Who may command a unit. Exactly one role per unit, so no two managers fight over it. */
public enum Role {
    MINERALS,
    GAS,
    BUILDER,
    SCOUT,
    ARMY,
    QUEEN,
    OVERLORD
}
