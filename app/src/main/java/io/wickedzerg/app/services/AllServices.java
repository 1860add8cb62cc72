package io.wickedzerg.app.services;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wickedzerg.services.settings.LoadedSettings;
import io.wickedzerg.services.settings.ServiceName;
import io.wickedzerg.services.settings.ServiceSettings;
import io.wickedzerg.services.supervisor.ChildSpec;
import io.wickedzerg.services.supervisor.ChildStatus;
import io.wickedzerg.services.supervisor.RestartPolicy;
import io.wickedzerg.services.supervisor.Supervisor;
import io.wickedzerg.services.supervisor.SupervisorHttp;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every service in its own JVM under the {@link Supervisor}: each registers with the registry and
 * ships its WARN/ERROR lines to the telemetry service; a child that dies is restarted with backoff.
 */
final class AllServices {

    private static final Logger LOG = LoggerFactory.getLogger(AllServices.class);
    private static final String MAIN = "io.wickedzerg.app.WickedZergCli";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    /**
     * How the children are started.
     *
     * @param workingDir     each child's working directory (run.sh's folder): relative paths resolve there
     * @param logbackConfig  the children's logback configuration (config/logback-services.xml: JSON lines)
     * @param logDir         where each child's {@code <service>.out} and {@code <service>.jsonl} go
     * @param supervisorPort the supervisor's /health and /metrics; 0 picks a free port
     * @param childFlags     flags every child gets as the supervisor was given them (the environment is inherited)
     */
    record Launch(Path workingDir, Path logbackConfig, Path logDir, int supervisorPort, List<String> childFlags) {

        Launch {
            childFlags = List.copyOf(childFlags);
        }
    }

    private final List<ServiceSettings> services = new ArrayList<>();
    private final PrintWriter out;
    private final PrintWriter err;
    private final Launch launch;

    AllServices(LoadedSettings loaded, PrintWriter out, PrintWriter err, Launch launch) throws IOException {
        for (ServiceName name : ServiceName.values()) {
            ServiceSettings s = ServiceSettings.of(name, loaded);
            // Port 0 is picked here, once: the other children are told this URL, and a restart must keep it.
            services.add(s.port() == 0 ? s.toBuilder().port(freePort(s.bindAddress())).build() : s);
        }
        this.out = out;
        this.err = err;
        this.launch = launch;
    }

    /** Starts every service and runs until Ctrl-C or SIGTERM, which stops them all. */
    int run() throws IOException, InterruptedException {
        for (ServiceSettings s : services) {
            if (!portFree(s.bindAddress(), s.port())) {
                err.println("services: " + s.service().wireName() + ": port " + s.port() + " is already in use on "
                        + s.bindAddress() + "; stop what uses it, or set " + s.service().name() + "_PORT");
                err.flush();
                return ServicesCommand.EXIT_BAD_INPUT;
            }
        }
        SupervisedServices running = start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("services: stopping");
            out.flush();
            running.close();
            stopped.countDown();
        }, "services-shutdown"));
        boolean healthy = running.supervisor().awaitHealthy(START_TIMEOUT);
        for (ChildStatus child : running.supervisor().status()) {
            ServiceSettings s = services.stream().filter(x -> x.service().wireName().equals(child.name())).findFirst()
                    .orElseThrow();
            out.println(child.name() + " " + (child.up() ? "up" : "NOT UP") + " on " + local(s) + " (pid "
                    + (child.pid().isPresent() ? child.pid().getAsLong() : "-") + ", output in "
                    + launch.logDir().resolve(child.name() + ".out") + ")");
        }
        out.println("supervisor on http://" + services.get(0).bindAddress() + ":" + running.http().port()
                + "/health and /metrics; Ctrl-C stops every service");
        out.flush();
        if (!healthy) {
            LOG.warn("not every service answered /health within {} s: {}", START_TIMEOUT.toSeconds(),
                    running.supervisor().status());
        }
        stopped.await();
        return 0;
    }

    /**
     * Starts the supervisor's HTTP server and every service as a child process; closing what this returns
     * stops them all. Does not wait for the children to be healthy.
     */
    SupervisedServices start() throws IOException {
        ServiceSettings telemetry = services.get(0);
        ServiceSettings registry = services.get(1);
        URI registryUrl = registry.registryUrl().orElse(local(registry));
        URI telemetryUrl = telemetry.logShipUrl().orElse(local(telemetry));
        Files.createDirectories(launch.logDir());
        List<ChildSpec> children = new ArrayList<>();
        for (ServiceSettings s : services) {
            children.add(child(s, registryUrl, telemetryUrl));
        }
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Supervisor supervisor = new Supervisor(children, RestartPolicy.defaults(), metrics);
        SupervisorHttp http = SupervisorHttp.start(supervisor, metrics, telemetry.bindAddress(), launch.supervisorPort());
        try {
            supervisor.start();
        } catch (IOException | RuntimeException e) {
            http.close();
            throw e;
        }
        Map<String, URI> urls = new LinkedHashMap<>();
        services.forEach(s -> urls.put(s.service().wireName(), local(s)));
        return new SupervisedServices(supervisor, http, urls);
    }

    private ChildSpec child(ServiceSettings s, URI registryUrl, URI telemetryUrl) {
        String name = s.service().wireName();
        List<String> args = new ArrayList<>(List.of("services", name, "--port", Integer.toString(s.port()),
                "--registry-url", registryUrl.toString(), "--log-ship-url", telemetryUrl.toString()));
        args.addAll(launch.childFlags());
        // logback-services.xml writes <WZ_LOG_DIR>/services/<service>.jsonl: next to the child's .out file
        List<String> jvm = List.of("-Xmx384m", "-Dlogback.configurationFile=" + launch.logbackConfig(),
                "-Dwz.service=" + name, "-DWZ_LOG_DIR=" + launch.logDir().getParent());
        return new ChildSpec(name, ChildSpec.javaCommand(jvm, System.getProperty("java.class.path"), MAIN, args),
                launch.workingDir(), launch.logDir().resolve(name + ".out"), URI.create(local(s) + "/health"));
    }

    private static URI local(ServiceSettings s) {
        String host = s.bindAddress().equals("0.0.0.0") || s.bindAddress().equals("::") ? "127.0.0.1"
                : s.bindAddress();
        return URI.create(s.scheme() + "://" + host + ":" + s.port());
    }

    private static int freePort(String host) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        }
    }

    private static boolean portFree(String host, int port) {
        if (port == 0) {
            return true;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
