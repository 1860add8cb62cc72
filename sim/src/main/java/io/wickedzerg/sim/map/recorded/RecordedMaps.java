package io.wickedzerg.sim.map.recorded;

import io.wickedzerg.sim.map.BuiltInMaps;
import io.wickedzerg.sim.map.GameMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The recorded maps a server offers: each given map file (read at once, so a bad one stops the server at
 * start) and every {@code <Map>.game_info.pb} with its observation in the given folders (read when first
 * asked for; a damaged one fails that request, naming the file). Names match as built-in ones do
 * ({@link BuiltInMaps#normalize}): "AbyssalReefLE", "Abyssal Reef LE", "/any/dir/AbyssalReefLE.SC2Map".
 * A given file wins over a folder's map of the same name. Not thread-safe: the server's game thread owns it.
 */
public final class RecordedMaps {
    private final RecordedMapReader reader;
    private final Map<String, RecordedMapFiles> files = new LinkedHashMap<>();
    private final Map<String, Loaded> loaded = new LinkedHashMap<>();

    /** A map read, with the bytes it was built from. */
    private record Loaded(GameMap map, RecordedMapBytes bytes) {
    }

    private RecordedMaps(RecordedMapReader reader) {
        this.reader = reader;
    }

    public static RecordedMaps none(RecordedMapReader reader) {
        return new RecordedMaps(reader);
    }

    /** @throws RecordedMapException when a map file is missing or damaged, or a folder is no folder */
    public static RecordedMaps of(RecordedMapReader reader, List<Path> mapFiles, List<Path> folders) {
        RecordedMaps maps = new RecordedMaps(reader);
        for (Path folder : folders) {
            for (RecordedMapFiles found : scan(folder)) {
                maps.files.putIfAbsent(BuiltInMaps.normalize(found.stem()), found);
            }
        }
        for (Path file : mapFiles) {
            RecordedMapFiles given = RecordedMapFiles.of(file); // load checks both files exist
            String key = BuiltInMaps.normalize(given.stem());
            maps.files.put(key, given);
            maps.loaded.put(key, maps.load(given));
        }
        return maps;
    }

    private static List<RecordedMapFiles> scan(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RecordedMapException("maps folder " + folder + " is not a directory");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            List<RecordedMapFiles> found = new ArrayList<>();
            entries.filter(Files::isRegularFile).filter(RecordedMapFiles::isGameInfoFile).sorted()
                    .map(RecordedMapFiles::of)
                    .filter(f -> Files.isRegularFile(f.observationFile()))
                    .forEach(found::add);
            return found;
        } catch (IOException e) {
            throw new RecordedMapException("maps folder " + folder + " cannot be listed: " + e);
        }
    }

    /** The bytes a map this object read was built from; empty for any other map (a built-in one). */
    public Optional<RecordedMapBytes> bytesOf(GameMap map) {
        return loaded.values().stream().filter(l -> l.map() == map).map(Loaded::bytes).findFirst();
    }

    private Loaded load(RecordedMapFiles given) {
        RecordedMapBytes bytes = given.requireExisting().readBytes();
        return new Loaded(reader.read(given, bytes), bytes);
    }

    /** The maps' names as their files give them ("AbyssalReefLE"), in order. */
    public List<String> names() {
        return files.values().stream().map(RecordedMapFiles::stem).toList();
    }

    /** The map of that name, read now if it was not yet. @throws RecordedMapException when its files are bad */
    public Optional<GameMap> byName(String name) {
        String key = BuiltInMaps.normalize(name);
        RecordedMapFiles found = files.get(key);
        if (found == null) {
            return Optional.empty();
        }
        return Optional.of(loaded.computeIfAbsent(key, k -> load(found)).map());
    }
}
