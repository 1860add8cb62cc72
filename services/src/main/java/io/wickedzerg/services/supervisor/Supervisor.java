package io.wickedzerg.services.supervisor;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every service in its own child process and restarts one that dies, with backoff and a cap from
 * {@link RestartPolicy}. A crash in one service thus never takes the others down, and a crash loop ends in
 * one ERROR instead of filling the disk. Exits are observed with {@link Process#onExit()}; restarts wait
 * on a scheduler, so nothing here polls except {@link #awaitHealthy}.
 */
public final class Supervisor implements AutoCloseable {

    public static final Duration DEFAULT_GRACE_PERIOD = Duration.ofSeconds(10);
    /** How long close() still waits for a child after SIGKILL; the kernel reaps it almost at once. */
    private static final Duration KILL_WAIT = Duration.ofSeconds(5);
    private static final Duration HEALTH_POLL_INTERVAL = Duration.ofMillis(100);
    private static final Duration HEALTH_REQUEST_TIMEOUT = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(Supervisor.class);

    private final List<SupervisedChild> children;
    private final Clock clock;
    private final Duration gracePeriod;
    private final Duration restartWindow;
    private final ScheduledExecutorService scheduler;
    private final HealthProbe probe = new HealthProbe(HEALTH_REQUEST_TIMEOUT);
    private volatile boolean closing;
    private boolean started;

    public Supervisor(List<ChildSpec> specs, RestartPolicy policy, MeterRegistry registry) {
        this(specs, policy, registry, Clock.systemUTC(), DEFAULT_GRACE_PERIOD);
    }

    /**
     * @param clock       what the restart policy measures uptime and its window with
     * @param gracePeriod how long {@link #close()} lets children shut down after SIGTERM before killing them
     */
    public Supervisor(List<ChildSpec> specs, RestartPolicy policy, MeterRegistry registry, Clock clock,
                      Duration gracePeriod) {
        Set<String> names = new HashSet<>();
        List<SupervisedChild> list = new ArrayList<>();
        for (ChildSpec spec : specs) {
            if (!names.add(spec.name())) {
                // Metrics and /health key children by name; two with one name would blur together.
                throw new IllegalArgumentException("two children are named " + spec.name());
            }
            list.add(new SupervisedChild(spec, new RestartTracker(policy, clock), registry));
        }
        this.children = List.copyOf(list);
        this.clock = clock;
        this.gracePeriod = gracePeriod;
        this.restartWindow = policy.window();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "supervisor-restarts");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts every child. A child whose command cannot be launched at all (no such program, no such
     * directory) is a configuration error, not a crash: the supervisor then stops the children it had
     * started, closes, and throws.
     */
    public synchronized void start() throws IOException {
        if (started || closing) {
            throw new IllegalStateException("a supervisor starts once");
        }
        started = true;
        for (SupervisedChild child : children) {
            try {
                launch(child, false);
            } catch (IOException e) {
                close();
                throw new IOException("cannot start " + child.name() + ": " + e.getMessage(), e);
            }
        }
    }

    /** A snapshot of every child, in the order they were given. */
    public List<ChildStatus> status() {
        return children.stream().map(SupervisedChild::status).toList();
    }

    /**
     * Waits until every child's process is up and its health URL (if any) answers 2xx. Returns false at
     * the deadline, or as soon as the supervisor gave up on a child or is closing.
     */
    public boolean awaitHealthy(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!closing) {
            if (status().stream().anyMatch(s -> s.state() == ChildStatus.State.GAVE_UP)) {
                return false;
            }
            if (allHealthy(deadline)) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.sleep(Math.min(left, HEALTH_POLL_INTERVAL.toNanos()));
        }
        return false;
    }

    private boolean allHealthy(long deadline) throws InterruptedException {
        for (SupervisedChild child : children) {
            if (!child.isUp()) {
                return false;
            }
            if (child.spec.healthUrl().isPresent()) {
                long left = Math.max(1, deadline - System.nanoTime());
                Duration timeout = Duration.ofNanos(Math.min(left, HEALTH_REQUEST_TIMEOUT.toNanos()));
                if (!probe.isHealthy(child.spec.healthUrl().get(), timeout)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void launch(SupervisedChild child, boolean isRestart) throws IOException {
        Process process;
        // Under the child's lock, so close() either sees this process or makes us skip the launch.
        synchronized (child) {
            if (closing) {
                return;
            }
            child.launching();
            process = startProcess(child.spec);
            child.running(process, isRestart);
        }
        LOG.info("started {} (pid {}); output in {}", child.name(), process.pid(), child.spec.logFile());
        process.onExit().thenAccept(exited -> onExit(child, exited));
    }

    private Process startProcess(ChildSpec spec) throws IOException {
        Path log = spec.logFile().toAbsolutePath();
        Files.createDirectories(log.getParent());
        // A marker line per start, so a log that spans several restarts shows where each run begins.
        Files.writeString(log, "--- supervisor: starting " + spec.name() + " at " + clock.instant() + " ---\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return new ProcessBuilder(spec.command())
                .directory(spec.workingDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(log.toFile()))
                .start();
    }

    private void onExit(SupervisedChild child, Process exited) {
        RestartDecision decision;
        synchronized (child) {
            // After close() began, or for a process that is no longer the child's, an exit is expected.
            if (closing || !child.isCurrent(exited)) {
                return;
            }
            decision = child.died();
        }
        handle(child, decision, "exited with code " + exited.exitValue());
    }

    private void relaunch(SupervisedChild child) {
        try {
            launch(child, true);
        } catch (IOException e) {
            RestartDecision decision;
            synchronized (child) {
                if (closing) {
                    return;
                }
                decision = child.died();
            }
            handle(child, decision, "could not be started (" + e.getMessage() + ")");
        }
    }

    private void handle(SupervisedChild child, RestartDecision decision, String what) {
        if (decision instanceof RestartDecision.Restart restart) {
            LOG.warn("service {} {}; restart attempt {} in {} ms", child.name(), what, restart.attempt(),
                    restart.delay().toMillis());
            try {
                scheduler.schedule(() -> relaunch(child), restart.delay().toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closedMeanwhile) {
                // close() shut the scheduler down after our check; it stops this child, nothing to restart.
            }
        } else if (decision instanceof RestartDecision.GiveUp giveUp) {
            LOG.error("giving up on service {}: it {} after {} restarts within {} s; the other services keep running",
                    child.name(), what, giveUp.restartsInWindow(), restartWindow.toSeconds());
        }
    }

    /**
     * Stops every child: SIGTERM to all, up to the grace period for them to exit, then SIGKILL to what is
     * left (and its descendants). No restart happens once this has begun. Idempotent.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
        }
        scheduler.shutdownNow();
        List<Process> running = new ArrayList<>();
        for (SupervisedChild child : children) {
            Process process = child.stop();
            if (process != null) {
                running.add(process);
            }
        }
        LOG.info("stopping {} children", running.size());
        running.forEach(Process::destroy);
        // One deadline for all: they shut down in parallel, so close() takes at most one grace period.
        long deadline = System.nanoTime() + gracePeriod.toNanos();
        for (Process process : running) {
            if (!awaitExit(process, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                LOG.warn("pid {} did not stop within {} ms of SIGTERM; killing it", process.pid(),
                        gracePeriod.toMillis());
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                if (!awaitExit(process, KILL_WAIT)) {
                    LOG.error("pid {} is still alive after SIGKILL", process.pid());
                }
            }
        }
        awaitSchedulerStopped();
    }

    private static boolean awaitExit(Process process, Duration timeout) {
        try {
            process.onExit().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** A restart already running when close() began finishes (and sees {@code closing}) before we return. */
    private void awaitSchedulerStopped() {
        try {
            if (!scheduler.awaitTermination(gracePeriod.toMillis() + KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("restart scheduler did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
