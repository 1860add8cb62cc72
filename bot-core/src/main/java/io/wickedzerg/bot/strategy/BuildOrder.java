package io.wickedzerg.bot.strategy;

import java.util.List;

/** A named, validated list of steps, read from {@code config/build-orders/<id>.json}. */
public record BuildOrder(String id, String name, List<BuildStep> steps) {

    public BuildOrder {
        steps = List.copyOf(steps);
    }
}
