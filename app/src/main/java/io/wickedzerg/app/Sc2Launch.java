package io.wickedzerg.app;

import com.github.ocraft.s2client.protocol.GameVersion;
import com.github.ocraft.s2client.protocol.Versions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What ocraft must be told to start an installed game, checked before anything starts.
 *
 * <p>ocraft reads the build from the executable's path split on backslashes, so outside Windows it finds none
 * and fails with a NullPointerException unless it is given a data version: we give the one of the
 * {@code Versions/Base<build>} folder's build, from ocraft's own version list. ocraft also starts the game in
 * {@code Support64} by default, a folder only the Windows install has (the Linux package has none, and
 * starting a process in a missing folder fails), so it is asked for only when it is there.
 *
 * @param map         the map file, absolute: the game and ocraft read a relative one differently
 * @param dataVersion empty only on Windows for a build ocraft does not know: ocraft then reads the build from the
 *                    path and the game runs its own data
 */
record Sc2Launch(Path executable, Path map, Optional<String> dataVersion, boolean needsSupportDir) {

    private static final Pattern DATA_VERSION = Pattern.compile("[0-9A-Fa-f]{32}");
    private static final int MAPS_LISTED = 10;

    /**
     * @param map         {@code --map}: a .SC2Map file, absolute or relative to the game's Maps folder
     * @param dataVersion {@code --data-version}, or null to take the build's
     * @throws IllegalArgumentException naming the flag, when the map or the data version will not do
     */
    static Sc2Launch plan(Sc2Install.Game game, String map, String dataVersion) {
        return new Sc2Launch(game.executable(), mapFile(game, map), dataVersion(game, dataVersion),
                Files.isDirectory(supportFolder(game)));
    }

    private static Path mapFile(Sc2Install.Game game, String map) {
        if (!map.toLowerCase(Locale.ROOT).endsWith(".sc2map")) {
            throw new IllegalArgumentException("--map: '" + map + "' is not a map file; allowed: a .SC2Map file, "
                    + "absolute or relative to " + game.mapsFolder());
        }
        Path given = Path.of(map);
        Path file = (given.isAbsolute() ? given : game.mapsFolder().resolve(given)).normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--map: no map file " + file + "; maps in " + game.mapsFolder() + ": "
                    + mapsIn(game.mapsFolder()));
        }
        return file;
    }

    private static String mapsIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return "none (no such folder)";
        }
        try (Stream<Path> files = Files.walk(folder, 4)) {
            List<String> maps = files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sc2map"))
                    .map(f -> folder.relativize(f).toString()).sorted().toList();
            if (maps.isEmpty()) {
                return "none";
            }
            String listed = String.join(", ", maps.subList(0, Math.min(MAPS_LISTED, maps.size())));
            return maps.size() <= MAPS_LISTED ? listed : listed + ", ... (" + maps.size() + " in all)";
        } catch (IOException e) {
            return "unreadable (" + e.getMessage() + ")";
        }
    }

    private static Optional<String> dataVersion(Sc2Install.Game game, String given) {
        if (given != null) {
            if (!DATA_VERSION.matcher(given).matches()) {
                throw new IllegalArgumentException("--data-version: '" + given + "' is not a data version; allowed: "
                        + "32 hexadecimal digits (the build's data-hash in Blizzard's s2client-proto versions.json)");
            }
            return Optional.of(given.toUpperCase(Locale.ROOT));
        }
        Optional<String> known = Versions.versionFor(game.baseBuild()).map(GameVersion::getDataHash);
        if (known.isPresent() || game.executable().toString().contains("\\")) {
            return known;
        }
        throw new IllegalArgumentException("--data-version: the installed build " + game.baseBuild() + " ("
                + game.executable() + ") is not in ocraft-s2client's version list, and outside Windows ocraft needs "
                + "its data version; allowed: 32 hexadecimal digits (the build's data-hash in Blizzard's "
                + "s2client-proto versions.json)");
    }

    /** Where ocraft starts the game when asked to: Support64 beside Versions for a 64-bit executable. */
    private static Path supportFolder(Sc2Install.Game game) {
        return game.root().resolve(game.executable().getFileName().toString().contains("_x64") ? "Support64" : "Support");
    }
}
