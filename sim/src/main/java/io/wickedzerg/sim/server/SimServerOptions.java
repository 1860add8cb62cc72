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
 * game against that computer itself (again after each game), so a bot only joins, as on a ladder; with
 * {@code ladderBotVsBot} it creates games of two participant seats instead, for the first two bots that join.
 *
 * @param mapName       the map of pre-created (ladder) games; null for the first map file's, else the default map. create_game names its own
 * @param nanoClock     wall clock for realtime games (System::nanoTime in production, a fake in tests)
 * @param replays       where finished games' replays and the summary go
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
        boolean ladderBotVsBot,
        long loopLimit,
        ComputerPlayerFactory computers,
        LongSupplier nanoClock,
        ReplayOptions replays,
        List<Path> mapFiles,
        List<Path> mapsDirs) {

    /**
     * Where the server keeps finished games: {@code sim serve --replay-dir} and {@code --summary-json}; either
     * may be null (every game is still recorded, for save_replay).
     */
    public record ReplayOptions(Path replayDir, Path summaryJson) {
        public static final ReplayOptions NONE = new ReplayOptions(null, null);
    }

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
        Objects.requireNonNull(replays, "replays");
        mapFiles = List.copyOf(mapFiles);
        mapsDirs = List.copyOf(mapsDirs);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535 (0 = any free port), got " + port);
        }
        if (loopLimit <= 0) {
            throw new IllegalArgumentException("loopLimit must be positive, got " + loopLimit);
        }
        if (ladderBotVsBot && ladderOpponent.isPresent()) {
            throw new IllegalArgumentException("ladderBotVsBot and ladderOpponent exclude each other: a pre-created "
                    + "game has either two participants or one against a computer");
        }
    }

    /** Whether the server pre-creates its games (against a computer or for two bots), as a ladder does. */
    public boolean ladder() {
        return ladderOpponent.isPresent() || ladderBotVsBot;
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
        private boolean ladderBotVsBot;
        private long loopLimit = GameSetup.DEFAULT_LOOP_LIMIT;
        private ComputerPlayerFactory computers = new BuiltInAiFactory();
        private LongSupplier nanoClock = System::nanoTime;
        private Path replayDir;
        private Path summaryJson;
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

        /** Pre-creates each game with two participant seats: the first two bots that join play each other. */
        public Builder ladderBotVsBot(boolean ladderBotVsBot) {
            this.ladderBotVsBot = ladderBotVsBot;
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

        /** Saves every finished game's replay into this folder. */
        public Builder replayDir(Path replayDir) {
            this.replayDir = replayDir;
            return this;
        }

        /** Keeps a JSON list of every finished game (replay, final state hash, results) in this file. */
        public Builder summaryJson(Path summaryJson) {
            this.summaryJson = summaryJson;
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
                    ladderBotVsBot, loopLimit, computers, nanoClock, new ReplayOptions(replayDir, summaryJson),
                    mapFiles, mapsDirs);
        }
    }
}
