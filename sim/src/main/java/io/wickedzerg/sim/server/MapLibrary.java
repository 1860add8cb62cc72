package io.wickedzerg.sim.server;

import io.wickedzerg.sim.map.BuiltInMaps;
import io.wickedzerg.sim.map.GameMap;
import io.wickedzerg.sim.map.recorded.RecordedMaps;
import io.wickedzerg.sim.map.recorded.RecordedMapFiles;
import io.wickedzerg.sim.replay.MapSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
     * two files, embedded, so the replay plays anywhere.
     *
     * @throws java.io.UncheckedIOException when a recorded map's files cannot be read any more
     */
    MapSource sourceOf(GameMap map) {
        Optional<RecordedMapFiles> files = recorded.filesOf(map);
        if (files.isEmpty()) {
            return MapSource.builtIn(map.name());
        }
        try {
            return new MapSource(MapSource.Kind.RECORDED, files.get().stem(), List.of(
                    Files.readAllBytes(files.get().gameInfoFile()), Files.readAllBytes(files.get().observationFile())));
        } catch (IOException e) {
            throw new UncheckedIOException("recorded map " + files.get().stem() + " cannot be read again for its replay", e);
        }
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
