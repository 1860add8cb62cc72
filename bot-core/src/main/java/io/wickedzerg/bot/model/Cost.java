package io.wickedzerg.bot.model;

/** Minerals, gas and supply of one thing the bot can buy. */
public record Cost(int minerals, int gas, float supply) {

    public static final Cost ZERO = new Cost(0, 0, 0);

    public Cost plus(Cost other) {
        return new Cost(minerals + other.minerals, gas + other.gas, supply + other.supply);
    }
}
