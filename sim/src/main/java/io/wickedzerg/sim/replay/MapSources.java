package io.wickedzerg.sim.replay;

import io.wickedzerg.sim.map.BuiltInMaps;
import io.wickedzerg.sim.map.GameMap;
import io.wickedzerg.sim.map.recorded.RecordedMapException;
import io.wickedzerg.sim.map.recorded.RecordedMapReader;

/** Makes a replay's map from its recorded source. */
@FunctionalInterface
public interface MapSources {
    /** @throws IllegalArgumentException naming the map when this sim cannot make it */
    GameMap map(MapSource source);

    /** Built-in maps by name; recorded maps from the two files the replay embeds, read as the server read them. */
    static MapSources of(BuiltInMaps maps, RecordedMapReader recorded) {
        return source -> switch (source.kind()) {
            case BUILT_IN -> maps.byName(source.name()).orElseThrow(() -> new IllegalArgumentException(
                    "the replay's map '" + source.name() + "' is not a built-in map of this sim; built-in maps: "
                            + String.join(", ", maps.names())));
            case RECORDED -> {
                if (source.files().size() != 2) {
                    throw new IllegalArgumentException("the replay's recorded map '" + source.name() + "' embeds "
                            + source.files().size() + " files; a recorded map is 2 (game_info.pb, observation.pb)");
                }
                try {
                    yield recorded.read(source.name(), source.files().get(0), source.files().get(1));
                } catch (RecordedMapException e) {
                    throw new IllegalArgumentException("the replay's recorded map: " + e.getMessage(), e);
                }
            }
        };
    }
}
