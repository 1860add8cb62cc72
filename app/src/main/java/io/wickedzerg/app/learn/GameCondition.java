package io.wickedzerg.app.learn;

import java.util.Objects;

/** What one game is played under: the server's seed, the built-in AI's race and the map. */
public record GameCondition(long seed, String race, String map) {

    public GameCondition {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(map, "map");
    }
}
