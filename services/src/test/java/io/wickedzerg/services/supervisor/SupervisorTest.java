package io.wickedzerg.services.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wickedzerg.services.testing.Await;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Drives the supervisor with real child processes: a small JVM serving /health, and shell one-liners. */
class SupervisorTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    /** Small, quick-starting JVMs: the machine is shared with other builds. */
    private static final List<String> CHILD_JVM = List.of("-Xmx32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    @TempDir
    Path dir;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger supervisorLogger = (Logger) LoggerFactory.getLogger(Supervisor.class);
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeEach
    void captureLogs() {
        logs.start();
        supervisorLogger.addAppender(logs);
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
        supervisorLogger.detachAppender(logs);
    }

    @Test
    void restartsAChildKilledWithSigkillAndCountsTheRestart() throws Exception {
        int port = freePort();
        Supervisor supervisor = supervisor(fastPolicy().build(), Supervisor.DEFAULT_GRACE_PERIOD,
                echoChild("echo", port));
        SupervisorHttp server = SupervisorHttp.start(supervisor, registry, "127.0.0.1", 0);
        toClose.add(server);
        supervisor.start();
        assertThat(supervisor.awaitHealthy(DEADLINE)).isTrue();
        long oldPid = supervisor.status().get(0).pid().orElseThrow();

        ProcessHandle.of(oldPid).orElseThrow().destroyForcibly();

        await("a new echo child", () -> {
            ChildStatus status = supervisor.status().get(0);
            return status.up() && status.pid().orElseThrow() != oldPid;
        });
        assertThat(supervisor.awaitHealthy(DEADLINE)).isTrue();
        long newPid = supervisor.status().get(0).pid().orElseThrow();
        assertThat(json.readTree(get(port, "/health").body()).get("pid").asLong()).isEqualTo(newPid);
        assertThat(ProcessHandle.of(oldPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();

        assertThat(server.port()).isPositive();
        HttpResponse<String> metrics = get(server.port(), "/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValue(SupervisorHttp.PROMETHEUS_CONTENT_TYPE);
        assertThat(metrics.body())
                .contains("supervisor_restarts_total{service=\"echo\"} 1.0")
                .contains("supervisor_child_up{service=\"echo\"} 1.0")
                .contains("supervisor_giveups_total{service=\"echo\"} 0.0");
        HttpResponse<String> health = get(server.port(), "/health");
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode child = json.readTree(health.body()).get("children").get(0);
        assertThat(child.get("service").asText()).isEqualTo("echo");
        assertThat(child.get("up").asBoolean()).isTrue();
        assertThat(child.get("pid").asLong()).isEqualTo(newPid);
        assertThat(child.get("restarts").asInt()).isEqualTo(1);
        assertThat(warnings()).anySatisfy(line -> assertThat(line).contains("echo", "code 137", "attempt 1", "50 ms"));
    }

    @Test
    void givesUpOnACrashLoopWithGrowingDelaysWhileTheOtherChildStaysUp() throws Exception {
        int port = freePort();
        RestartPolicy policy = fastPolicy().factor(4).maxRestartsPerWindow(3).build();
        ChildSpec crasher = shellChild("crasher", "exit 3");
        Supervisor supervisor = supervisor(policy, Supervisor.DEFAULT_GRACE_PERIOD, crasher, echoChild("echo", port));
        SupervisorHttp server = SupervisorHttp.start(supervisor, registry, "127.0.0.1", 0);
        toClose.add(server);
        supervisor.start();
        long echoPid = supervisor.status().get(1).pid().orElseThrow();

        // The state turns GAVE_UP before the supervisor's thread logs why, so wait for both.
        await("the supervisor to give up on crasher and say so",
                () -> supervisor.status().get(0).state() == ChildStatus.State.GAVE_UP
                        && !events(Level.ERROR).isEmpty());

        List<Instant> starts = starts(crasher.logFile());
        assertThat(starts).hasSize(4);
        // Each start waited at least its backoff after the previous one: 50, 200, 800 ms.
        assertThat(Duration.between(starts.get(0), starts.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        assertThat(Duration.between(starts.get(1), starts.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(Duration.between(starts.get(2), starts.get(3))).isGreaterThanOrEqualTo(Duration.ofMillis(800));
        assertThat(supervisor.status().get(0).restarts()).isEqualTo(3);
        assertThat(registry.counter("supervisor.restarts", "service", "crasher").count()).isEqualTo(3.0);
        assertThat(registry.counter("supervisor.giveups", "service", "crasher").count()).isEqualTo(1.0);
        assertThat(events(Level.ERROR)).singleElement()
                .satisfies(event -> assertThat(event.getFormattedMessage())
                        .contains("crasher", "code 3", "3 restarts within 60 s"));
        assertThat(warnings()).filteredOn(line -> line.contains("crasher"))
                .anySatisfy(line -> assertThat(line).contains("code 3", "attempt 1", "50 ms"))
                .anySatisfy(line -> assertThat(line).contains("attempt 2", "200 ms"))
                .anySatisfy(line -> assertThat(line).contains("attempt 3", "800 ms"));

        ChildStatus echo = supervisor.status().get(1);
        assertThat(echo.up()).isTrue();
        assertThat(echo.pid().orElseThrow()).isEqualTo(echoPid);
        assertThat(echo.restarts()).isZero();
        assertThat(get(port, "/health").statusCode()).isEqualTo(200);
        assertThat(supervisor.awaitHealthy(DEADLINE)).as("never healthy once it gave up").isFalse();
        HttpResponse<String> health = get(server.port(), "/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(json.readTree(health.body()).get("children").get(0).get("state").asText()).isEqualTo("gave_up");
    }

    @Test
    void closeStopsEveryChildAndNoRestartFollows() throws Exception {
        RestartPolicy policy = fastPolicy().initialBackoff(Duration.ofSeconds(1)).build();
        ChildSpec crasher = shellChild("crasher", "exit 3");
        Supervisor supervisor = new Supervisor(
                List.of(echoChild("echo", freePort()), shellChild("sleeper", "exec sleep 600"), crasher),
                policy, registry, Clock.systemUTC(), Supervisor.DEFAULT_GRACE_PERIOD);
        supervisor.start();
        await("crasher to wait for its restart",
                () -> supervisor.status().get(2).state() == ChildStatus.State.RESTARTING);
        long echoPid = supervisor.status().get(0).pid().orElseThrow();
        long sleeperPid = supervisor.status().get(1).pid().orElseThrow();

        supervisor.close();

        assertThat(ProcessHandle.of(echoPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(ProcessHandle.of(sleeperPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(supervisor.status()).allSatisfy(status -> {
            assertThat(status.state()).isEqualTo(ChildStatus.State.STOPPED);
            assertThat(status.pid()).isEmpty();
        });
        int startsAtClose = starts(crasher.logFile()).size();
        List<Integer> restartsAtClose = supervisor.status().stream().map(ChildStatus::restarts).toList();
        // Not synchronization: a negative check that outlasts the crasher's pending 1 s backoff.
        Thread.sleep(1_500);
        assertThat(starts(crasher.logFile())).hasSize(startsAtClose);
        assertThat(supervisor.status().stream().map(ChildStatus::restarts).toList()).isEqualTo(restartsAtClose);
        assertThat(registry.counter("supervisor.restarts", "service", "crasher").count())
                .isEqualTo(restartsAtClose.get(2).doubleValue());
        supervisor.close(); // a second close is harmless
    }

    @Test
    void closeKillsAChildThatIgnoresSigtermAfterTheGracePeriod() throws Exception {
        Duration grace = Duration.ofMillis(300);
        Supervisor supervisor = supervisor(fastPolicy().build(), grace,
                shellChild("stubborn", "trap '' TERM; sleep 600; exit 0"));
        supervisor.start();
        ProcessHandle shell = ProcessHandle.of(supervisor.status().get(0).pid().orElseThrow()).orElseThrow();
        // Once sleep runs, the trap is set, and sleep inherits the ignored SIGTERM.
        await("the shell to start sleep", () -> shell.children().findAny().isPresent());
        ProcessHandle sleep = shell.children().findAny().orElseThrow();

        long begin = System.nanoTime();
        supervisor.close();

        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isGreaterThanOrEqualTo(grace);
        assertThat(shell.isAlive()).isFalse();
        await("sleep to die with its parent", () -> !sleep.isAlive());
        assertThat(supervisor.status().get(0).restarts()).isZero();
    }

    @Test
    void aCommandThatCannotRunFailsStartAndStopsTheChildrenAlreadyStarted() throws Exception {
        ChildSpec missing = new ChildSpec("missing", List.of(dir.resolve("no-such-program").toString()), dir,
                dir.resolve("missing.log"));
        Supervisor supervisor = supervisor(fastPolicy().build(), Supervisor.DEFAULT_GRACE_PERIOD,
                shellChild("sleeper", "exec sleep 600"), missing);

        assertThatThrownBy(supervisor::start).isInstanceOf(IOException.class).hasMessageContaining("missing");

        assertThat(supervisor.status()).allSatisfy(status -> assertThat(status.pid()).isEmpty());
    }

    @Test
    void aRestartThatCannotLaunchCountsAsAnotherDeath() throws Exception {
        Path script = dir.resolve("vanishing.sh");
        Files.writeString(script, "#!/bin/sh\nrm -f -- \"$0\"\nexit 3\n");
        assertThat(script.toFile().setExecutable(true)).isTrue();
        ChildSpec vanishing = new ChildSpec("vanishing", List.of(script.toString()), dir, dir.resolve("vanishing.log"));
        Supervisor supervisor = supervisor(fastPolicy().maxRestartsPerWindow(2).build(),
                Supervisor.DEFAULT_GRACE_PERIOD, vanishing);

        supervisor.start();

        await("the supervisor to give up on vanishing and say so",
                () -> supervisor.status().get(0).state() == ChildStatus.State.GAVE_UP
                        && !events(Level.ERROR).isEmpty());
        assertThat(supervisor.status().get(0).restarts()).as("no restart got a process").isZero();
        assertThat(warnings()).anySatisfy(line -> assertThat(line).contains("vanishing", "could not be started"));
        assertThat(events(Level.ERROR)).singleElement()
                .satisfies(event -> assertThat(event.getFormattedMessage()).contains("vanishing", "2 restarts"));
    }

    @Test
    void twoChildrenWithOneNameAreRejected() {
        ChildSpec one = shellChild("twin", "exit 0");
        assertThatThrownBy(() -> new Supervisor(List.of(one, one), RestartPolicy.defaults(), registry))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twin");
    }

    private static RestartPolicy.Builder fastPolicy() {
        return RestartPolicy.builder().initialBackoff(Duration.ofMillis(50)).maxBackoff(Duration.ofSeconds(5));
    }

    private Supervisor supervisor(RestartPolicy policy, Duration grace, ChildSpec... children) {
        Supervisor supervisor = new Supervisor(List.of(children), policy, registry, Clock.systemUTC(), grace);
        toClose.add(supervisor);
        return supervisor;
    }

    private ChildSpec echoChild(String name, int port) {
        List<String> command = ChildSpec.javaCommand(CHILD_JVM, System.getProperty("java.class.path"),
                HealthEchoChild.class.getName(), List.of(String.valueOf(port)));
        return new ChildSpec(name, command, dir, dir.resolve(name + ".log"),
                URI.create("http://127.0.0.1:" + port + "/health"));
    }

    private ChildSpec shellChild(String name, String script) {
        return new ChildSpec(name, List.of("sh", "-c", script), dir, dir.resolve(name + ".log"));
    }

    /** When the supervisor started the child, read from the marker line it writes before each start. */
    private static List<Instant> starts(Path log) throws IOException {
        String prefix = "--- supervisor: starting ";
        return Files.readAllLines(log).stream()
                .filter(line -> line.startsWith(prefix))
                .map(line -> Instant.parse(line.substring(line.indexOf(" at ") + 4, line.lastIndexOf(" ---"))))
                .toList();
    }

    private List<String> warnings() {
        return events(Level.WARN).stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** A copy taken under the appender's lock: the supervisor's threads append while the test reads. */
    private List<ILoggingEvent> events(Level level) {
        synchronized (logs) {
            return logs.list.stream().filter(event -> event.getLevel() == level).toList();
        }
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void await(String what, BooleanSupplier condition) {
        Await.until(what, DEADLINE, condition);
    }
}
