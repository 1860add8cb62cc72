package io.wickedzerg.bench.table;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How long the AI Arena bot ({@code WickedZerg.jar}, started as AI Arena starts it: {@code java -jar} with no flag
 * of ours, in a folder laid out as {@code run.sh package-ladder} makes it) takes from its JVM's launch to its first step. A {@code sim serve} game is
 * started first and left until its process is idle, as the real game is up before AI Arena starts a bot; the time is
 * from starting the bot's process to reading the line it prints after its first step.
 *
 * <p>Two models of "one core": the JVM told so ({@code -XX:ActiveProcessorCount=1}, its compiler and GC threads
 * still run on the machine's other cores), and the bot's process pinned to one CPU with {@code taskset}, the game
 * on another, where everything the JVM does at start shares that one CPU.
 */
final class LadderStartMeasurement implements Measurement {

    static final String ROW_TOLD = "JVM launch to first step, ladder bot told it has one core";
    static final String ROW_PINNED = "JVM launch to first step, ladder bot pinned to one CPU";
    private static final Pattern LISTENING = Pattern.compile("listening on ws://[^:/]+:(\\d+)/");
    private static final Pattern FIRST_STEP = Pattern.compile("first step at game loop (\\d+), (\\d+) ms after the JVM");
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Duration SERVER_SETTLED = Duration.ofSeconds(20);
    private static final Target TARGET = Target.atMost(3000, "a ladder bot on one core");

    @Override
    public String title() {
        return "ladder bot start";
    }

    @Override
    public List<String> rowNames() {
        return List.of(ROW_TOLD, ROW_PINNED);
    }

    @Override
    public List<Row> measure(BenchSettings settings) throws Exception {
        Row told = start(settings, ROW_TOLD, List.of(), List.of(), "told one core (-XX:ActiveProcessorCount=1)");
        Optional<Path> taskset = onPath("taskset");
        if (taskset.isEmpty() || Runtime.getRuntime().availableProcessors() < 2) {
            return List.of(told, Row.failed(ROW_PINNED, "needs taskset (util-linux) and two CPUs; this machine has "
                    + Runtime.getRuntime().availableProcessors() + " and " + (taskset.isPresent() ? "" : "no ") + "taskset"));
        }
        String cmd = taskset.get().toString();
        Row pinned = start(settings, ROW_PINNED, List.of(cmd, "-c", "1"), List.of(cmd, "-c", "0"),
                "bot pinned to CPU 0 (taskset), the game to CPU 1");
        return List.of(told, pinned);
    }

    private Row start(BenchSettings settings, String row, List<String> serverPrefix, List<String> botPrefix,
            String how) throws Exception {
        Path dir = settings.workDir().resolve("ladder-start").resolve(botPrefix.isEmpty() ? "told" : "pinned");
        Files.createDirectories(dir);
        List<String> serve = new ArrayList<>(serverPrefix);
        serve.addAll(AppCommand.of(settings, List.of(), List.of("sim", "serve", "--port", "0",
                "--computer-race", "terran", "--difficulty", "easy", "--seed", "1", "--loop-limit", "2240")));
        try (ChildProcess server = ChildProcess.start(serve, settings.projectDir(),
                AppCommand.environment(dir.resolve("server"), "bench-server"), dir.resolve("server.log"), LISTENING)) {
            String port = server.await(PATIENCE).match().group(1);
            server.awaitIdle(SERVER_SETTLED);
            Path botDir = botFolder(settings, dir.resolve("bot"));
            List<String> bot = new ArrayList<>(botPrefix);
            bot.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            if (botPrefix.isEmpty()) {
                bot.add("-XX:ActiveProcessorCount=1");
            }
            bot.addAll(List.of("-jar", settings.ladderJar().toAbsolutePath().toString(), "--LadderServer", "127.0.0.1",
                    "--GamePort", port, "--StartPort", port, "--OpponentId", "bench"));
            try (ChildProcess ladderBot = ChildProcess.start(bot, botDir, AppCommand.environment(botDir, "bench-ladder"),
                    dir.resolve("bot.log"), FIRST_STEP)) {
                ChildProcess.LineSeen first = ladderBot.await(PATIENCE);
                return Row.measured(row, first.afterStartNanos() / 1e6, "ms", TARGET,
                        "WickedZerg.jar " + how + ", process start to its first step's line (game loop "
                                + first.match().group(1) + "); the JVM's own uptime then " + first.match().group(2) + " ms");
            }
        }
    }

    /** As {@code run.sh package-ladder} lays it out: the strategy files under config/, no hybrid_config.json. */
    private static Path botFolder(BenchSettings settings, Path botDir) throws IOException {
        Path from = settings.projectDir().resolve("config");
        Path to = Files.createDirectories(botDir.resolve("config/build-orders"));
        Files.copy(from.resolve("strategy-defaults.json"), to.getParent().resolve("strategy-defaults.json"),
                StandardCopyOption.REPLACE_EXISTING);
        try (Stream<Path> orders = Files.list(from.resolve("build-orders"))) {
            for (Path order : orders.filter(p -> p.toString().endsWith(".json")).toList()) {
                Files.copy(order, to.resolve(order.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return botDir;
    }

    private static Optional<Path> onPath(String program) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        return Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, program)).filter(Files::isExecutable).findFirst();
    }
}
