package io.wickedzerg.sim.replay;

import io.wickedzerg.sim.map.BuiltInMaps;
import io.wickedzerg.sim.map.GameMap;

/** Makes a replay's map from its recorded source. */
@FunctionalInterface
public interface MapSources {
    /** @throws IllegalArgumentException naming the map when this sim cannot make it */
    GameMap map(MapSource source);

    /** The built-in maps by name; recorded sources are not read yet. */
    static MapSources builtIn(BuiltInMaps maps) {
        return source -> switch (source.kind()) {
            case BUILT_IN -> maps.byName(source.name()).orElseThrow(() -> new IllegalArgumentException(
                    "the replay's map '" + source.name() + "' is not a built-in map of this sim; built-in maps: "
                            + String.join(", ", maps.names())));
            case RECORDED -> throw new IllegalArgumentException("the replay's map '" + source.name()
                    + "' was loaded from recorded .pb files, which this sim cannot re-create yet");
        };
    }
}
