package io.wickedzerg.app.versus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * The other bot of a bot-vs-bot game, as AI Arena runs one: a command line (run by {@code bash -c}, so it may be
 * {@code java -jar bot.jar --build-order 12-pool} or {@code cd bots/x && ./run}) with the ladder flags appended as
 * its last arguments, its output and errors in one log file. Owns the process and everything it started.
 */
final class OpponentBot implements AutoCloseable {
    /** Between looks at the server while waiting for the join: the wait ends at once when the process exits. */
    private static final Duration JOIN_POLL = Duration.ofMillis(100);

    private final Process process;
    private final Path log;
    private boolean killed;

    private OpponentBot(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code command} in {@code workDir} with {@code flags} appended ({@code bash -c 'COMMAND "$@"' bot FLAGS},
     * so the flags reach it word for word) and {@code env} added to this process's environment.
     */
    static OpponentBot launch(String command, List<String> flags, Path workDir, Map<String, String> env, Path log) {
        List<String> argv = new ArrayList<>(List.of("bash", "-c", command + " \"$@\"", "vs-bot"));
        argv.addAll(flags);
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(argv).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(env);
            return new OpponentBot(builder.start(), log);
        } catch (IOException e) {
            throw new VersusException("--vs-bot: cannot start '" + command + "': " + e.getMessage());
        }
    }

    /**
     * Waits until {@code joined} says the bot is in the game, the bot's process ends, or {@code timeout} passes;
     * only the first is a success.
     */
    boolean awaitJoin(BooleanSupplier joined, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!joined.getAsBoolean()) {
            if (!process.isAlive() || System.nanoTime() >= deadline) {
                return false;
            }
            try {
                process.onExit().get(JOIN_POLL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillRunning) {
                // not joined yet and still alive: look again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException e) {
                return false;
            }
        }
        return true;
    }

    /** Its exit code once it ended within {@code patience}; otherwise it and its children are killed and empty. */
    OptionalInt awaitExit(Duration patience) {
        try {
            if (process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                return OptionalInt.of(process.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
        return OptionalInt.empty();
    }

    /** The exit code if it has ended, e.g. "exited with 1" for a message. */
    String state() {
        return process.isAlive() ? "still running" : "exited with " + process.exitValue();
    }

    boolean killed() {
        return killed;
    }

    Path log() {
        return log;
    }

    /** Ends the bot and whatever it started (the shell's java child): destroy, then force after a few seconds. */
    void kill() {
        if (!process.isAlive()) {
            return;
        }
        killed = true;
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(5, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                p.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }

    @Override
    public void close() {
        kill();
    }
}
