package io.wickedzerg.bench.table;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How long the AI Arena bot ({@code WickedZerg.jar}, started as AI Arena starts it: {@code java -jar} with no flag
 * of ours, in the folder {@code run.sh package-ladder} makes) takes from its JVM's launch to its first step. A
 * {@code sim serve} game is started first and left until its process is idle, as the real game is up before AI
 * Arena starts a bot; the time is from starting the bot's process to reading the line it prints after its first
 * step.
 *
 * <p>Two models of "one core": the JVM told so ({@code -XX:ActiveProcessorCount=1}, its compiler and GC threads
 * still run on the machine's other cores), and the bot's process pinned to one CPU with {@code taskset}, the game
 * on another, where everything the JVM does at start shares that one CPU.
 *
 * <p>The bot keeps one data folder over the rows, as AI Arena keeps its {@code data/} between matches. The first row
 * is a bot's first match: no class archive yet; its short game is played to the end, which writes the archive
 * ({@code ClassArchiveLauncher}) that the other two rows, like every later match, start with.
 */
final class LadderStartMeasurement implements Measurement {

    static final String ROW_TOLD = "JVM launch to first step, ladder bot told it has one core";
    static final String ROW_PINNED = "JVM launch to first step, ladder bot pinned to one CPU";
    static final String ROW_FIRST = "JVM launch to first step, ladder bot told it has one core, first match (no class archive yet)";
    /** The first match's game: long enough to play to its end quickly, which writes the class archive. */
    private static final String FIRST_MATCH_LOOPS = "224";
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
        return List.of(ROW_FIRST, ROW_TOLD, ROW_PINNED);
    }

    /**
     * One way to give the bot one core: what goes before the server's and the bot's {@code java}, the bot's JVM
     * flags, and how the row's note says it.
     */
    private record CoreModel(String row, String folder, List<String> serverPrefix, List<String> botPrefix,
            List<String> botFlags, String how) {
    }

    private static final List<String> TOLD = List.of("-XX:ActiveProcessorCount=1");

    @Override
    public List<Row> measure(BenchSettings settings) throws Exception {
        Path dir = Files.createDirectories(settings.workDir().resolve("ladder-start"));
        Path botDir = LadderBot.packageLadder(settings, dir);
        Row first = start(settings, dir, botDir, new CoreModel(ROW_FIRST, "first", List.of(), List.of(), TOLD,
                "told one core (-XX:ActiveProcessorCount=1), no class archive yet"), true);
        Row told = start(settings, dir, botDir, new CoreModel(ROW_TOLD, "told", List.of(), List.of(), TOLD,
                "told one core (-XX:ActiveProcessorCount=1), with the class archive the first match wrote"), false);
        Optional<Path> taskset = onPath("taskset");
        if (taskset.isEmpty() || Runtime.getRuntime().availableProcessors() < 2) {
            return List.of(first, told, Row.failed(ROW_PINNED, "needs taskset (util-linux) and two CPUs; this machine has "
                    + Runtime.getRuntime().availableProcessors() + " and " + (taskset.isPresent() ? "" : "no ") + "taskset"));
        }
        String cmd = taskset.get().toString();
        Row pinned = start(settings, dir, botDir, new CoreModel(ROW_PINNED, "pinned", List.of(cmd, "-c", "1"),
                List.of(cmd, "-c", "0"), List.of(), "bot pinned to CPU 0 (taskset), the game to CPU 1, with the class "
                + "archive"), false);
        return List.of(first, told, pinned);
    }

    /** One start; {@code toTheEnd}: the bot plays its game to the end and must exit 0, so its archive is written. */
    private Row start(BenchSettings settings, Path dir, Path botDir, CoreModel model, boolean toTheEnd) throws Exception {
        Path runDir = Files.createDirectories(dir.resolve(model.folder()));
        List<String> serve = new ArrayList<>(model.serverPrefix());
        serve.addAll(AppCommand.of(settings, List.of(), List.of("sim", "serve", "--port", "0",
                "--computer-race", "terran", "--difficulty", "easy", "--seed", "1", "--loop-limit",
                toTheEnd ? FIRST_MATCH_LOOPS : "2240")));
        try (ChildProcess server = ChildProcess.start(serve, settings.projectDir(),
                AppCommand.environment(runDir.resolve("server"), "bench-server"), runDir.resolve("server.log"),
                LadderBot.SERVER_LISTENING)) {
            String port = server.await(PATIENCE).match().group(1);
            server.awaitIdle(SERVER_SETTLED);
            List<String> bot = new ArrayList<>(model.botPrefix());
            bot.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            bot.addAll(model.botFlags());
            bot.addAll(LadderBot.aiArenaArgs(port));
            try (ChildProcess ladderBot = ChildProcess.start(bot, botDir,
                    AppCommand.environment(dir.resolve("bot-data"), "bench-ladder"), runDir.resolve("bot.log"), FIRST_STEP)) {
                ChildProcess.LineSeen first = ladderBot.await(PATIENCE);
                if (toTheEnd) {
                    Optional<Integer> exit = ladderBot.waitFor(PATIENCE);
                    if (exit.isEmpty() || exit.get() != 0) {
                        throw new IllegalStateException("the first match's bot " + exit.map(code -> "exited with " + code)
                                .orElse("did not end within " + PATIENCE.toSeconds() + " s") + ", so no class archive "
                                + "was written (see " + runDir.resolve("bot.log") + ")");
                    }
                }
                return Row.measured(model.row(), first.afterStartNanos() / 1e6, "ms", TARGET,
                        "WickedZerg.jar " + model.how() + ", process start to its first step's line (game loop "
                                + first.match().group(1) + "); the JVM's own uptime then " + first.match().group(2) + " ms");
            }
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        return Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, program)).filter(Files::isExecutable).findFirst();
    }
}
