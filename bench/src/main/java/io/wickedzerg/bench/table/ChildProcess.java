package io.wickedzerg.bench.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM this runner started (the app jar), its output (stdout and stderr together) copied to a log file line by
 * line; a caller can wait for the first line matching a pattern and learn when it was read.
 */
final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final long startNanos;
    private final Path log;
    private final Pattern awaited;
    private final CompletableFuture<LineSeen> seen = new CompletableFuture<>();

    /** When a line was read, in nanoseconds after the process was started, and its match. */
    record LineSeen(long afterStartNanos, Matcher match) {
    }

    private ChildProcess(Process process, long startNanos, Path log, Pattern awaited) {
        this.process = process;
        this.startNanos = startNanos;
        this.log = log;
        this.awaited = awaited;
    }

    /** @param awaited the line {@link #await} waits for, or null */
    static ChildProcess start(List<String> command, Path dir, Map<String, String> env, Path log, Pattern awaited)
            throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        long start = System.nanoTime();
        ChildProcess child = new ChildProcess(builder.start(), start, log, awaited);
        Thread reader = new Thread(child::copyOutput, "bench-child-output");
        reader.setDaemon(true);
        reader.start();
        return child;
    }

    private void copyOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                long at = System.nanoTime() - startNanos;
                out.println(line);
                out.flush();
                if (awaited != null && !seen.isDone()) {
                    Matcher m = awaited.matcher(line);
                    if (m.find()) {
                        seen.complete(new LineSeen(at, m));
                    }
                }
            }
        } catch (IOException e) {
            seen.completeExceptionally(e);
        }
        seen.completeExceptionally(new IOException("the process ended without printing a line matching '"
                + awaited + "' (see " + log + ")"));
    }

    /** The awaited line, or an exception saying it did not come within {@code timeout}. */
    LineSeen await(Duration timeout) throws Exception {
        try {
            return seen.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new TimeoutException("no line matching '" + awaited + "' within " + timeout.toSeconds()
                    + " s (see " + log + ")");
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /**
     * Waits until the process used under 10 ms of CPU over a tenth of a second (its start-up work and JIT done),
     * or {@code atMost} passed, so what is measured next does not share the CPU with that work.
     */
    void awaitIdle(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        Duration before = cpu();
        while (System.nanoTime() < deadline && process.isAlive()) {
            TimeUnit.MILLISECONDS.sleep(100);
            Duration now = cpu();
            if (now.minus(before).toMillis() < 10) {
                return;
            }
            before = now;
        }
    }

    private Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** The exit code, or empty if the process still ran after {@code timeout} (it is then ended). */
    Optional<Integer> waitFor(Duration timeout) throws InterruptedException {
        if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return Optional.of(process.exitValue());
        }
        close();
        return Optional.empty();
    }

    Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
