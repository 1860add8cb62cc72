package io.wickedzerg.sim.server;

import io.wickedzerg.sim.map.BuiltInMaps;
import io.wickedzerg.sim.map.GameMap;
import io.wickedzerg.sim.map.recorded.RecordedMaps;
import io.wickedzerg.sim.replay.MapSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every map a server plays: the built-in ones first, then the recorded ones it was given. */
final class MapLibrary {
    private final BuiltInMaps builtIn;
    private final RecordedMaps recorded;

    MapLibrary(BuiltInMaps builtIn, RecordedMaps recorded) {
        this.builtIn = builtIn;
        this.recorded = recorded;
    }

    /** @throws io.wickedzerg.sim.map.recorded.RecordedMapException when a recorded map of that name is damaged */
    Optional<GameMap> byName(String name) {
        Optional<GameMap> map = builtIn.byName(name);
        return map.isPresent() ? map : recorded.byName(name);
    }

    /**
     * What a replay of a game on this map records to make the map again: a built-in map's name, or a recorded map's
     * two files as they were read to build the map, embedded, so the replay plays anywhere.
     */
    MapSource sourceOf(GameMap map) {
        return recorded.bytesOf(map)
                .map(b -> new MapSource(MapSource.Kind.RECORDED, b.stem(), List.of(b.gameInfo(), b.observation())))
                .orElseGet(() -> MapSource.builtIn(map.name()));
    }

    GameMap defaultMap() {
        return builtIn.defaultMap();
    }

    List<String> names() {
        List<String> names = new ArrayList<>(builtIn.names());
        names.addAll(recorded.names());
        return names;
    }

    List<String> fileNames() {
        List<String> files = new ArrayList<>(builtIn.all().stream().map(GameMap::fileName).toList());
        recorded.names().forEach(name -> files.add(name + ".SC2Map"));
        return files;
    }
}
