package io.wickedzerg.app.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.app.ProjectFiles;
import io.wickedzerg.app.testing.LoopbackHttp;
import io.wickedzerg.services.testing.Await;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code run.sh services} for real: the command's flags, the supervisor, and each service in its own JVM on
 * free ports. A service killed with SIGKILL comes back under a new pid and is counted; closing stops them all.
 */
class AllServicesTest {

    private static final Duration START = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    @Test
    void aKilledServiceIsRestartedAndCountedAndClosingLeavesNoChildAlive() throws Exception {
        try {
            killAndRestart();
        } catch (AssertionError e) {
            // the services' own output says why a child died; without it a failure in CI cannot be read
            throw new AssertionError(e.getMessage() + "\n--- telemetry.out:\n" + output("telemetry.out"), e);
        }
    }

    private String output(String name) {
        Path file = dir.resolve("data/logs/services").resolve(name);
        try {
            return Files.exists(file) ? Files.readString(file) : "(no " + file.getFileName() + ")";
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private void killAndRestart() throws Exception {
        Path config = dir.resolve("services.json");
        // ports 0: the supervisor picks them, so this runs beside a real ./run.sh services
        new ObjectMapper().writeValue(config.toFile(), Map.of("telemetry_port", 0, "registry_port", 0,
                "learning_port", 0, "dashboard_port", 0, "data_dir", dir.resolve("data").toString()));
        ServicesCommand command = new ServicesCommand(Map.of(), ProjectFiles.root());
        new CommandLine(command).parseArgs("--config", config.toString(), "--supervisor-port", "0");
        StringWriter output = new StringWriter();
        PrintWriter out = new PrintWriter(output);
        List<Long> pids = new ArrayList<>();
        try (SupervisedServices services = command.allServices(out, out).start()) {
            URI telemetry = services.url("telemetry");
            URI registry = services.url("registry");
            URI supervisor = URI.create("http://127.0.0.1:" + services.http().port());
            awaitHealthy(telemetry);
            awaitHealthy(registry);
            awaitHealthy(services.url("learning"));
            long telemetryPid = pid(supervisor, "telemetry");
            long registryPid = pid(supervisor, "registry");
            pids.addAll(List.of(telemetryPid, registryPid));

            ProcessHandle killed = ProcessHandle.of(telemetryPid).orElseThrow();
            assertThat(killed.destroyForcibly()).isTrue(); // SIGKILL: no shutdown hook runs
            killed.onExit().get(30, TimeUnit.SECONDS);
            // one read per check: the old pid, then 0 once the supervisor saw the exit, would pass two reads
            long[] seen = new long[1];
            Await.until("telemetry under a new pid", START, () -> {
                seen[0] = pidOrZero(supervisor, "telemetry");
                return seen[0] > 0 && seen[0] != telemetryPid;
            });
            long restartedPid = seen[0];
            pids.add(restartedPid);
            awaitHealthy(telemetry);

            assertThat(restartedPid).isNotEqualTo(telemetryPid);
            assertThat(LoopbackHttp.get(supervisor.resolve("/metrics")).body())
                    .contains("supervisor_restarts_total{service=\"telemetry\"} 1.0")
                    .contains("supervisor_restarts_total{service=\"registry\"} 0.0");
            assertThat(child(supervisor, "telemetry").get("restarts").asInt()).isEqualTo(1);
            assertThat(pid(supervisor, "registry")).as("the registry kept running").isEqualTo(registryPid);
            assertThat(LoopbackHttp.status(supervisor.resolve("/health"))).isEqualTo(200);
        }

        for (long pid : pids) {
            assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("pid " + pid + " after close")
                    .isEmpty();
        }
        assertThat(ProcessHandle.current().descendants().filter(p -> p.info().commandLine()
                .map(line -> line.contains(config.toString())).orElse(false)).map(ProcessHandle::pid))
                .as("no service of this test is left").isEmpty();
        assertThat(Files.readString(dir.resolve("data/logs/services/telemetry.out")))
                .as("the restart is a second run in the same output file")
                .containsSubsequence("--- supervisor: starting telemetry", "--- supervisor: starting telemetry");
    }

    private static void awaitHealthy(URI service) {
        Await.until(service + "/health to answer 200", START,
                () -> LoopbackHttp.status(service.resolve("/health")) == 200);
    }

    private static JsonNode child(URI supervisor, String name) {
        try {
            for (JsonNode child : new ObjectMapper().readTree(LoopbackHttp.get(supervisor.resolve("/health")).body())
                    .get("children")) {
                if (child.get("service").asText().equals(name)) {
                    return child;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no child " + name + " in the supervisor's /health");
    }

    private static long pid(URI supervisor, String name) {
        long pid = pidOrZero(supervisor, name);
        assertThat(pid).as(name + "'s pid in the supervisor's /health").isPositive();
        return pid;
    }

    /** The child's pid as the supervisor's /health shows it; 0 while it has none (dead, restarting). */
    private static long pidOrZero(URI supervisor, String name) {
        return child(supervisor, name).path("pid").asLong(0);
    }
}
