package io.wickedzerg.sim.server;

import io.wickedzerg.sim.ai.BuiltInAiFactory;
import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.engine.ComputerPlayerFactory;
import io.wickedzerg.sim.engine.Difficulty;
import io.wickedzerg.sim.engine.GameSetup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * How a {@link SimServer} runs. Port 0 picks a free port. With a ladder opponent set, the server creates a
 * game against that computer itself (again after each game), so a bot only joins, as on a ladder.
 *
 * @param mapName       the map of pre-created (ladder) games; null for the first map file's, else the default map. create_game names its own
 * @param nanoClock     wall clock for realtime games (System::nanoTime in production, a fake in tests)
 * @param mapFiles      recorded maps to offer besides the built-in ones, each {@code DIR/<Map>} (the pair
 *                      {@code <Map>.game_info.pb} + {@code <Map>.observation.pb}); read when the server starts
 * @param mapsDirs      folders whose recorded maps to offer too, read when a game first asks for one
 */
public record SimServerOptions(
        String host,
        int port,
        String mapName,
        long seed,
        boolean realtime,
        Optional<LadderOpponent> ladderOpponent,
        long loopLimit,
        ComputerPlayerFactory computers,
        LongSupplier nanoClock,
        List<Path> mapFiles,
        List<Path> mapsDirs) {

    /** The computer a ladder-mode server pre-creates its games against. */
    public record LadderOpponent(Race race, Difficulty difficulty) {
        public LadderOpponent {
            Objects.requireNonNull(race, "race");
            Objects.requireNonNull(difficulty, "difficulty");
        }
    }

    public SimServerOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(ladderOpponent, "ladderOpponent");
        Objects.requireNonNull(computers, "computers");
        Objects.requireNonNull(nanoClock, "nanoClock");
        mapFiles = List.copyOf(mapFiles);
        mapsDirs = List.copyOf(mapsDirs);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535 (0 = any free port), got " + port);
        }
        if (loopLimit <= 0) {
            throw new IllegalArgumentException("loopLimit must be positive, got " + loopLimit);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private String mapName;
        private long seed = 1;
        private boolean realtime;
        private LadderOpponent ladderOpponent;
        private long loopLimit = GameSetup.DEFAULT_LOOP_LIMIT;
        private ComputerPlayerFactory computers = new BuiltInAiFactory();
        private LongSupplier nanoClock = System::nanoTime;
        private final List<Path> mapFiles = new ArrayList<>();
        private final List<Path> mapsDirs = new ArrayList<>();

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder mapName(String mapName) {
            this.mapName = mapName;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder realtime(boolean realtime) {
            this.realtime = realtime;
            return this;
        }

        public Builder ladderOpponent(Race race, Difficulty difficulty) {
            this.ladderOpponent = new LadderOpponent(race, difficulty);
            return this;
        }

        public Builder loopLimit(long loopLimit) {
            this.loopLimit = loopLimit;
            return this;
        }

        public Builder computers(ComputerPlayerFactory computers) {
            this.computers = computers;
            return this;
        }

        public Builder nanoClock(LongSupplier nanoClock) {
            this.nanoClock = nanoClock;
            return this;
        }

        /** A recorded map to offer: {@code DIR/<Map>} for {@code DIR/<Map>.game_info.pb} and its observation. */
        public Builder mapFile(Path base) {
            mapFiles.add(base);
            return this;
        }

        /** A folder of recorded maps to offer. */
        public Builder mapsDir(Path folder) {
            mapsDirs.add(folder);
            return this;
        }

        public SimServerOptions build() {
            return new SimServerOptions(host, port, mapName, seed, realtime, Optional.ofNullable(ladderOpponent),
                    loopLimit, computers, nanoClock, mapFiles, mapsDirs);
        }
    }
}
