package io.wickedzerg.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AI Arena jar as AI Arena starts it ({@code java -jar WickedZerg.jar} and the ladder flags) against a real
 * {@code sim serve}: its first game leaves a class archive in the data folder, the next game's bot JVM maps it,
 * and the bot's JVM does not outlive a launcher killed outright.
 */
class LadderJarClassArchiveTest {

    private static final Path LADDER_JAR = ProjectFiles.path("bot-core/target/WickedZerg.jar");
    private static final Pattern LISTENING = Pattern.compile("listening on ws://[^:/]+:(\\d+)/");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private final List<Process> servers = new ArrayList<>();

    @AfterEach
    void stopServers() throws InterruptedException {
        for (Process server : servers) {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theFirstGameWritesTheArchiveTheNextMapsItsC1OnlySerialGcBotAndAKilledLauncherTakesTheBotWithIt(@TempDir Path work)
            throws Exception {
        assumeTrue(Files.isRegularFile(LADDER_JAR), "no " + LADDER_JAR + ": package bot-core first (./run.sh test does)");
        Path jar = Files.copy(LADDER_JAR, work.resolve("WickedZerg.jar"));
        Path data = work.resolve("data");

        Process first = bot(work, jar, data, play(work, "s1", 200), "bot-1.log", List.of());
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).as(log(work, "bot-1.log")).isTrue();
        assertThat(first.exitValue()).as(log(work, "bot-1.log")).isZero();
        assertThat(log(work, "bot-1.log")).contains("result Tie vs opponent archive-test");
        List<Path> written = files(data.resolve("class-archive"));
        assertThat(written).as("one finished archive, nothing half-written").singleElement()
                .satisfies(p -> assertThat(p.getFileName().toString()).startsWith("WickedZerg-java").endsWith(".jsa"));

        Process second = bot(work, jar, data, play(work, "s2", 200), "bot-2.log",
                List.of("-Xlog:class+load:file=" + work.resolve("classes-%p.log")));
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).as(log(work, "bot-2.log")).isTrue();
        assertThat(second.exitValue()).as(log(work, "bot-2.log")).isZero();
        assertThat(files(data.resolve("class-archive"))).isEqualTo(written);
        assertThat(classLogs(work)).as("the bot's JVM loaded its classes from the archive")
                .anyMatch(text -> text.contains("io.wickedzerg.bot.game.WickedZergBot source: shared objects file (top)"));

        // to a file: once the launcher is gone, Process drains and closes our end of a pipe from it
        Process third = bot(work, jar, data, play(work, "s3", 100_000), "bot-3.log", List.of());
        awaitInLog(third, work.resolve("bot-3.log"), "first step at game loop");
        ProcessHandle botJvm = third.toHandle().children().findFirst().orElseThrow();
        assertThat(botJvm.info().arguments()).as("the bot's JVM compiles with C1 only and collects with the serial GC")
                .hasValueSatisfying(args -> assertThat(args).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        third.toHandle().destroyForcibly(); // SIGKILL; unlike Process.destroyForcibly it leaves our end of the pipe open
        Optional<ProcessHandle> ended = Optional.ofNullable(botJvm.onExit().get(60, TimeUnit.SECONDS));
        assertThat(ended).isPresent();
        assertThat(botJvm.isAlive()).as("the bot's JVM stops when its launcher is killed").isFalse();
        assertThat(log(work, "bot-3.log")).as("the bot's JVM, writing to the same file, said why it stopped")
                .contains("the launcher process is gone; the bot stops");
    }

    /** Starts {@code sim serve} with a game of {@code loops} loops and returns its port. */
    private int play(Path work, String name, int loops) throws Exception {
        Process server = new ProcessBuilder(JAVA, "-cp", System.getProperty("java.class.path"),
                "io.wickedzerg.sim.server.SimMain", "serve", "--port", "0", "--computer-race", "terran",
                "--difficulty", "easy", "--seed", "3", "--loop-limit", String.valueOf(loops))
                .redirectErrorStream(true).start();
        servers.add(server);
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = readUntil(out, "listening on ws://");
        Matcher m = LISTENING.matcher(lines.get(lines.size() - 1));
        assertThat(m.find()).as(String.join("\n", lines)).isTrue();
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "drain-" + name);
        drain.setDaemon(true);
        drain.start();
        return Integer.parseInt(m.group(1));
    }

    /** Reads lines up to and including the first that contains {@code text}; fails when the stream ends first. */
    private static List<String> readUntil(BufferedReader out, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null) {
            lines.add(line);
            if (line.contains(text)) {
                return lines;
            }
        }
        throw new AssertionError("the process ended before '" + text + "':\n" + String.join("\n", lines));
    }

    /** The bot as AI Arena starts it, its output in {@code work/logName}. */
    private static Process bot(Path work, Path jar, Path data, int port, String logName, List<String> jvmFlags)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(jvmFlags);
        command.addAll(List.of("-jar", jar.toString(), "--LadderServer", "127.0.0.1", "--GamePort",
                String.valueOf(port), "--StartPort", String.valueOf(port), "--OpponentId", "archive-test"));
        ProcessBuilder bot = new ProcessBuilder(command).directory(ProjectFiles.root().toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve(logName).toFile());
        bot.environment().put("WZ_DATA_DIR", data.toString());
        bot.environment().put("HYBRID_MODE", "local");
        bot.environment().remove("WZ_CLASS_ARCHIVE");
        return bot.start();
    }

    /** Reads the log again every 50 ms (waiting on the bot's exit meanwhile) until {@code text} is in it, 90 s at most. */
    private static void awaitInLog(Process bot, Path log, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!Files.readString(log).contains(text)) {
            assertThat(bot.waitFor(50, TimeUnit.MILLISECONDS)).as("the bot exited before '" + text + "':\n"
                    + Files.readString(log)).isFalse();
            assertThat(System.nanoTime()).as("no '" + text + "' within 90 s").isLessThan(deadline);
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static List<String> classLogs(Path work) throws IOException {
        List<String> logs = new ArrayList<>();
        try (Stream<Path> files = Files.list(work)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("classes-")).toList()) {
                logs.add(Files.readString(p));
            }
        }
        return logs;
    }

    private static String log(Path work, String name) throws IOException {
        Path file = work.resolve(name);
        return Files.exists(file) ? Files.readString(file) : "(no " + name + ")";
    }
}
