package io.wickedzerg.services.supervisor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.OptionalLong;

/**
 * The supervisor's mutable record of one child: its current process, state and meters. All state changes
 * happen under this object's monitor, so a process exit, a scheduled restart and {@code close()} racing on
 * the same child see one consistent order.
 */
final class SupervisedChild {

    final ChildSpec spec;
    private final RestartTracker tracker;
    private final Counter restartCounter;
    private final Counter giveUpCounter;
    private Process process;
    private ChildStatus.State state = ChildStatus.State.STOPPED;
    private int restarts;

    SupervisedChild(ChildSpec spec, RestartTracker tracker, MeterRegistry registry) {
        this.spec = spec;
        this.tracker = tracker;
        this.restartCounter = Counter.builder("supervisor.restarts")
                .description("Times the supervisor started a service again after it died")
                .tag("service", spec.name())
                .register(registry);
        this.giveUpCounter = Counter.builder("supervisor.giveups")
                .description("Times the supervisor stopped restarting a service that died too often")
                .tag("service", spec.name())
                .register(registry);
        // Strong reference: Micrometer holds gauge targets weakly by default, and a collected target reads NaN.
        Gauge.builder("supervisor.child.up", this, child -> child.isUp() ? 1 : 0)
                .description("1 while the service's process is alive, else 0")
                .tag("service", spec.name())
                .strongReference(true)
                .register(registry);
    }

    String name() {
        return spec.name();
    }

    synchronized boolean isUp() {
        return state == ChildStatus.State.UP;
    }

    synchronized ChildStatus status() {
        OptionalLong pid = process == null ? OptionalLong.empty() : OptionalLong.of(process.pid());
        return new ChildStatus(spec.name(), state, pid, restarts);
    }

    /** Called just before a launch, so that the policy measures uptime from the attempt even if it fails. */
    synchronized void launching() {
        tracker.started();
        state = ChildStatus.State.RESTARTING;
    }

    synchronized void running(Process started, boolean isRestart) {
        process = started;
        state = ChildStatus.State.UP;
        if (isRestart) {
            restarts++;
            restartCounter.increment();
        }
    }

    /** True if {@code exited} is the process this child currently runs, i.e. not one already replaced or stopped. */
    synchronized boolean isCurrent(Process exited) {
        return process == exited;
    }

    /** The current process died (or could not be started): ask the policy what next. */
    synchronized RestartDecision died() {
        process = null;
        RestartDecision decision = tracker.exited();
        if (decision instanceof RestartDecision.GiveUp) {
            state = ChildStatus.State.GAVE_UP;
            giveUpCounter.increment();
        } else {
            state = ChildStatus.State.RESTARTING;
        }
        return decision;
    }

    /** Marks the child stopped and hands back its process (null if none) for the caller to terminate. */
    synchronized Process stop() {
        Process running = process;
        process = null;
        if (state != ChildStatus.State.GAVE_UP) {
            state = ChildStatus.State.STOPPED;
        }
        return running;
    }
}
