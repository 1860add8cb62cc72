package io.wickedzerg.sim.map.recorded;

import SC2APIProtocol.Sc2Api;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a recorded map lies: {@code DIR/<Map>} stands for the pair {@code DIR/<Map>.game_info.pb} (a
 * {@code Response} with game_info) and {@code DIR/<Map>.observation.pb} (the {@code ResponseObservation} at
 * loop 0), as the sc2-fixtures folder holds them. Reading either fails with a message naming the file.
 */
public record RecordedMapFiles(Path base) {
    public static final String GAME_INFO = ".game_info.pb";
    public static final String OBSERVATION = ".observation.pb";

    /** From {@code DIR/<Map>}, {@code DIR/<Map>.game_info.pb} or {@code DIR/<Map>.observation.pb}. */
    public static RecordedMapFiles of(Path given) {
        String name = given.getFileName() == null ? "" : given.getFileName().toString();
        for (String suffix : new String[] {GAME_INFO, OBSERVATION}) {
            if (name.endsWith(suffix)) {
                return new RecordedMapFiles(given.resolveSibling(name.substring(0, name.length() - suffix.length())));
            }
        }
        return new RecordedMapFiles(given);
    }

    /** The map's name as its files give it: "AbyssalReefLE". */
    public String stem() {
        return base.getFileName().toString();
    }

    public Path gameInfoFile() {
        return base.resolveSibling(stem() + GAME_INFO);
    }

    public Path observationFile() {
        return base.resolveSibling(stem() + OBSERVATION);
    }

    /** Both files exist; else an exception naming the one missing. */
    public RecordedMapFiles requireExisting() {
        for (Path file : new Path[] {gameInfoFile(), observationFile()}) {
            if (!Files.isRegularFile(file)) {
                throw new RecordedMapException("recorded map " + stem() + ": file " + file + " is missing (a recorded "
                        + "map is the pair <Map>" + GAME_INFO + " and <Map>" + OBSERVATION + ")");
            }
        }
        return this;
    }

    /** Both files' contents, read once: the map is built from them and a replay embeds the same bytes. */
    public RecordedMapBytes readBytes() {
        return new RecordedMapBytes(stem(), read(gameInfoFile()), read(observationFile()));
    }

    Sc2Api.ResponseGameInfo parseGameInfo(byte[] bytes) {
        Sc2Api.Response response = parse(gameInfoFile(), bytes, "Response", Sc2Api.Response::parseFrom);
        if (!response.hasGameInfo() || !response.getGameInfo().hasStartRaw()) {
            throw new RecordedMapException(gameInfoFile() + ": not a recorded game_info (a Response with game_info.start_raw)");
        }
        return response.getGameInfo();
    }

    Sc2Api.ResponseObservation parseObservation(byte[] bytes) {
        Sc2Api.ResponseObservation response = parse(observationFile(), bytes, "ResponseObservation",
                Sc2Api.ResponseObservation::parseFrom);
        if (!response.hasObservation() || !response.getObservation().hasRawData()) {
            throw new RecordedMapException(observationFile() + ": not a recorded observation (a ResponseObservation with raw_data)");
        }
        return response;
    }

    @FunctionalInterface
    private interface Parser<M> {
        M parse(byte[] bytes) throws InvalidProtocolBufferException;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RecordedMapException(file + ": cannot be read: " + e);
        }
    }

    private static <M> M parse(Path file, byte[] bytes, String message, Parser<M> parser) {
        try {
            return parser.parse(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new RecordedMapException(file + ": damaged, not a protobuf " + message + ": " + e.getMessage());
        }
    }

    static boolean isGameInfoFile(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(GAME_INFO);
    }
}
