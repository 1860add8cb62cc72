package io.wickedzerg.sim.server;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.engine.Difficulty;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.map.BuiltInMaps;
import io.wickedzerg.sim.map.recorded.RecordedMapException;
import io.wickedzerg.sim.map.recorded.RecordedMapReader;
import io.wickedzerg.sim.map.recorded.RecordedMaps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * The launcher: {@code sim serve --port P [--map NAME] [--map-file DIR/<Map>]... [--maps-dir DIR]... [--seed S]
 * [--realtime] [--computer-race R] [--difficulty D] [--players 2] [--replay-dir DIR] [--summary-json FILE]} and
 * {@code sim replay FILE}. With a computer race the server pre-creates each game against that computer, so a
 * bot joins as on a ladder ({@code --LadderServer 127.0.0.1 --GamePort P --StartPort S}); with {@code --players 2}
 * it pre-creates games of two participant seats, and the first two bots that join play each other.
 */
@Command(name = "sim", mixinStandardHelpOptions = true, subcommands = {SimMain.Serve.class, ReplayCommand.class},
        description = "Headless StarCraft II API server.")
public final class SimMain implements Runnable {
    /** Exit code for bad input (flags, a port already taken): the server never started. Picocli's for usage errors. */
    public static final int EXIT_BAD_INPUT = CommandLine.ExitCode.USAGE;
    private static final Logger log = LoggerFactory.getLogger(SimMain.class);

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new SimMain()).execute(args);
    }

    /** Runs with the given output and error streams (usage and flag errors go to {@code err}). */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new SimMain()).setOut(out).setErr(err).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Serve the SC2 API on ws://HOST:PORT/sc2api until stopped.")
    static final class Serve implements Callable<Integer> {
        @Option(names = "--port", required = true, description = "TCP port (0 = any free port).")
        int port;

        @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
        String host;

        @Option(names = "--map", description = "Map of pre-created games: a built-in map, or the name of a recorded "
                + "map given with --map-file or found in a --maps-dir (default: the first --map-file, else the first "
                + "built-in map).")
        String map;

        @Option(names = "--map-file", paramLabel = "DIR/<Map>", description = "A recorded map to offer: the pair "
                + "DIR/<Map>.game_info.pb and DIR/<Map>.observation.pb (as in sc2-fixtures). Repeatable.")
        List<Path> mapFiles = new ArrayList<>();

        @Option(names = "--maps-dir", paramLabel = "DIR", description = "A folder of recorded maps to offer (each "
                + "<Map>.game_info.pb with its <Map>.observation.pb). Repeatable. Default: $SC2_FIXTURES when set.")
        List<Path> mapsDirs = new ArrayList<>();

        @Option(names = "--seed", defaultValue = "1", description = "Seed of the first game (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--realtime", description = "Advance 22.4 game loops per second of wall clock.")
        boolean realtime;

        @Option(names = "--computer-race", description = "Pre-create games against a computer of this race: Terran, Zerg, "
                + "Protoss, Random (a race drawn from each game's seed).")
        String computerRace;

        @Option(names = "--difficulty", defaultValue = "Easy", description = "Difficulty of that computer: VeryEasy, Easy, "
                + "Medium, MediumHard, Hard, Harder, VeryHard, CheatVision, CheatMoney, CheatInsane, in any case, also as "
                + "VERY_HARD or cheat-insane (default ${DEFAULT-VALUE}).")
        String difficulty;

        @Option(names = "--players", defaultValue = "1", description = "Bots in each pre-created game: 1 (the default: "
                + "games a client creates, or against --computer-race) or 2 (ladder games of two participant seats: the "
                + "first two bots that join play each other, the first to join is player 1).")
        int players;

        @Option(names = "--loop-limit", defaultValue = "80640", description = "Loops after which a game is a tie (default ${DEFAULT-VALUE}).")
        long loopLimit;

        @Option(names = "--replay-dir", paramLabel = "DIR", description = "Save every finished game's replay into "
                + "this folder (created if missing); `sim replay FILE` plays one again.")
        Path replayDir;

        @Option(names = "--summary-json", paramLabel = "FILE", description = "Keep a JSON list of the finished games "
                + "here: replay file, final loop, final state hash, each player's result; rewritten after each game.")
        Path summaryJson;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            if (port < 0 || port > 65535) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--port: " + port
                        + " is not a TCP port; allowed: 0..65535 (0 = any free port)");
            }
            if (loopLimit <= 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--loop-limit: " + loopLimit
                        + " is not allowed; allowed: a positive number of game loops (22.4 per second)");
            }
            if (players != 1 && players != 2) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--players: " + players
                        + " is not allowed; allowed: 1 or 2 (two bots in each pre-created game)");
            }
            if (players == 2 && computerRace != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--players 2 and --computer-race "
                        + computerRace + " exclude each other: a pre-created game holds either two bots or one bot "
                        + "against the computer; drop one of them");
            }
            SimServerOptions.Builder options = SimServerOptions.builder().host(host).port(port).seed(seed)
                    .realtime(realtime).loopLimit(loopLimit).replayDir(replayDir).summaryJson(summaryJson);
            OutputPaths.check(spec, replayDir, summaryJson);
            options.ladderBotVsBot(players == 2);
            RecordedMaps recorded = recordedMaps();
            mapFiles.forEach(options::mapFile);
            mapsDirs.forEach(options::mapsDir);
            if (map != null) {
                if (BuiltInMaps.standard().byName(map).isEmpty() && !recorded.names().stream()
                        .map(BuiltInMaps::normalize).toList().contains(BuiltInMaps.normalize(map))) {
                    List<String> allowed = new ArrayList<>(BuiltInMaps.standard().names());
                    allowed.addAll(recorded.names());
                    throw new CommandLine.ParameterException(spec.commandLine(), "--map: unknown map '" + map
                            + "'; allowed: " + String.join(", ", allowed));
                }
                options.mapName(map);
            }
            Difficulty level;
            try {
                level = Difficulty.parse(difficulty);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--difficulty: " + e.getMessage());
            }
            if (computerRace != null) {
                options.ladderOpponent(parseRace(computerRace), level);
            }
            SimServer server;
            try {
                server = SimServer.start(options.build());
            } catch (ListenException e) {
                // an ordinary mistake, not a crash: one line for the person, the stack only for the log
                log.debug("sim serve could not listen", e);
                spec.commandLine().getErr().println(e.portInUse()
                        ? "sim serve: port " + port + " is already in use on " + host
                                + "; pick another with --port, or --port 0 for any free port"
                        : "sim serve: " + e.getMessage() + "; check --host (an address of this machine) and --port");
                spec.commandLine().getErr().flush();
                return EXIT_BAD_INPUT;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "sim-shutdown"));
            spec.commandLine().getOut().println("sim listening on ws://" + host + ":" + server.port() + "/sc2api");
            spec.commandLine().getOut().flush();
            stopped.await();
            return 0;
        }

        /** Reads every --map-file now, so a missing or damaged one is a one-line error before the server starts. */
        private RecordedMaps recordedMaps() {
            if (mapsDirs.isEmpty()) {
                String fixtures = System.getenv("SC2_FIXTURES");
                if (fixtures != null && !fixtures.isBlank() && Files.isDirectory(Path.of(fixtures))) {
                    mapsDirs.add(Path.of(fixtures));
                }
            }
            try {
                RecordedMaps.of(new RecordedMapReader(UnitCatalog.standard()), List.of(), mapsDirs);
            } catch (RecordedMapException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--maps-dir: " + e.getMessage());
            }
            try {
                return RecordedMaps.of(new RecordedMapReader(UnitCatalog.standard()), mapFiles, mapsDirs);
            } catch (RecordedMapException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--map-file: " + e.getMessage());
            }
        }

        private Race parseRace(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "terran" -> Race.TERRAN;
                case "zerg" -> Race.ZERG;
                case "protoss" -> Race.PROTOSS;
                case "random" -> Race.RANDOM;
                default -> throw new CommandLine.ParameterException(spec.commandLine(),
                        "--computer-race: unknown race '" + text + "'; allowed: Terran, Zerg, Protoss, Random");
            };
        }
    }
}
