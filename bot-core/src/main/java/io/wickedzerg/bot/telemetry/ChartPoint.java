package io.wickedzerg.bot.telemetry;

/** One sample kept in memory for the end-of-game chart. */
public record ChartPoint(double gameSeconds, int minerals, int gas, int workers, int armySupply, int supplyUsed) {
}
