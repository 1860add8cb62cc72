package io.wickedzerg.sim.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the python-sc2 scripts of {@code src/test/python} with Debian's python3 and the unmodified python-sc2
 * found at env {@code PYTHON_SC2}, else {@code ../shared/python-sc2} beside the project. A test that needs
 * it is skipped, naming what is missing, when python-sc2 or its Debian packages are absent (a user's fresh
 * clone); {@code .ci/run} installs them (python-sc2's setup.sh) so CI runs these tests.
 */
public final class PythonSc2Process {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Pattern REPORT = Pattern.compile("^REPORT (\\{.*})$", Pattern.MULTILINE);
    private static final Pattern FIELD = Pattern.compile("\"([a-z_]+)\": (\"[^\"]*\"|[^,}]+)");

    private final Path root;
    private final Path scripts;

    private PythonSc2Process(Path root, Path scripts) {
        this.root = root;
        this.scripts = scripts;
    }

    /** python-sc2 ready to run, or a skipped test saying what is missing. */
    public static PythonSc2Process locate() {
        Path root = folder();
        assumeTrue(Files.isDirectory(root.resolve("sc2")), "python-sc2 not found at " + root
                + "; set PYTHON_SC2 to its folder (the one holding sc2/)");
        assumeTrue(Files.isExecutable(PYTHON), PYTHON + " not found: apt-get install python3");
        PythonSc2Process python = new PythonSc2Process(root, Path.of("src", "test", "python").toAbsolutePath());
        Outcome check = python.run(Duration.ofSeconds(60), null, "-c",
                "import sc2.main, sc2.bot_ai, aiohttp, numpy, scipy, loguru, portpicker");
        assumeTrue(check.exitCode() == 0, "python-sc2's Debian packages are missing (run " + root.resolve("setup.sh")
                + " as root): " + check.output().strip());
        return python;
    }

    /** Where python-sc2 should be: env {@code PYTHON_SC2} (relative to the project), else ../shared/python-sc2. */
    public static Path folder() {
        String env = System.getenv("PYTHON_SC2");
        String projectRoot = System.getProperty("wz.projectRoot", "..");
        Path path = env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared", "python-sc2");
        return path.isAbsolute() ? path : Path.of(projectRoot).resolve(path).normalize();
    }

    /** Runs one of our scripts to its end. */
    public Outcome script(Duration timeout, Path log, String script, String... args) {
        List<String> all = new ArrayList<>();
        all.add(scripts.resolve(script).toString());
        all.addAll(List.of(args));
        return run(timeout, log, all.toArray(String[]::new));
    }

    /**
     * Runs python3 with these arguments. Its temporary files go to a folder of its own, removed when it has
     * ended: python-sc2's run_game makes an {@code SC2_*} folder for the game it would launch, and
     * {@code existing_server.py}, which launches none, also skips the clean-up that would remove it.
     */
    Outcome run(Duration timeout, Path log, String... args) {
        List<String> command = new ArrayList<>();
        command.add(PYTHON.toString());
        command.addAll(List.of(args));
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("python-sc2-tmp");
            Path out = log != null ? log : Files.createTempFile("python-sc2", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(out.toFile());
            builder.environment().put("PYTHONPATH", String.join(":", root.toString(),
                    root.resolve("shims").toString(), scripts.toString()));
            builder.environment().put("PYTHONUNBUFFERED", "1");
            builder.environment().put("TMPDIR", tmp.toString());
            Process process = builder.start();
            boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            if (log == null) {
                Files.delete(out);
            }
            return new Outcome(ended ? process.exitValue() : -1, !ended, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while python ran", e);
        } finally {
            if (tmp != null) {
                deleteTree(tmp);
            }
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove python's temporary folder " + folder, e);
        }
    }

    /**
     * What a script did: its exit code (-1 when it was stopped at the timeout) and its output, python-sc2's log
     * included.
     */
    public record Outcome(int exitCode, boolean timedOut, String output) {
        /** The REPORT lines our bots print at the end of a game, one per bot, as field maps (values as text). */
        public List<Map<String, String>> reports() {
            List<Map<String, String>> reports = new ArrayList<>();
            Matcher line = REPORT.matcher(output);
            while (line.find()) {
                Map<String, String> fields = new java.util.TreeMap<>();
                Matcher field = FIELD.matcher(line.group(1));
                while (field.find()) {
                    fields.put(field.group(1), field.group(2).replace("\"", "").strip());
                }
                reports.add(fields);
            }
            return reports;
        }

        /** Lines where python-sc2 or the bot reported an error: a traceback, or python-sc2's own error lines. */
        public List<String> errors() {
            return output.lines().filter(l -> l.contains("Traceback") || l.contains("| ERROR")
                    || l.contains("threw an error") || l.contains("Caught unknown exception")).toList();
        }
    }
}
