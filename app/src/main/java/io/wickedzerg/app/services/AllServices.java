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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    private final LoadedSettings loaded;
    private final PrintWriter out;
    private final PrintWriter err;
    private final int supervisorPort;
    private final List<String> childFlags;

    AllServices(LoadedSettings loaded, PrintWriter out, PrintWriter err, int supervisorPort, List<String> childFlags) {
        this.loaded = loaded;
        this.out = out;
        this.err = err;
        this.supervisorPort = supervisorPort;
        this.childFlags = childFlags;
    }

    int run() throws IOException, InterruptedException {
        List<ServiceSettings> services = new ArrayList<>();
        for (ServiceName name : ServiceName.values()) {
            services.add(ServiceSettings.of(name, loaded));
        }
        for (ServiceSettings s : services) {
            if (!portFree(s.bindAddress(), s.port())) {
                err.println("services: " + s.service().wireName() + ": port " + s.port() + " is already in use on "
                        + s.bindAddress() + "; stop what uses it, or set " + s.service().name() + "_PORT");
                err.flush();
                return ServicesCommand.EXIT_BAD_INPUT;
            }
        }
        ServiceSettings telemetry = services.get(0);
        ServiceSettings registry = services.get(1);
        URI registryUrl = registry.registryUrl().orElse(local(registry));
        URI telemetryUrl = telemetry.logShipUrl().orElse(local(telemetry));
        Path logDir = telemetry.dataDir().resolve("logs").resolve("services");
        java.nio.file.Files.createDirectories(logDir);
        List<ChildSpec> children = new ArrayList<>();
        for (ServiceSettings s : services) {
            List<String> args = new ArrayList<>(List.of("services", s.service().wireName(), "--port",
                    Integer.toString(s.port()), "--registry-url", registryUrl.toString(), "--log-ship-url",
                    telemetryUrl.toString()));
            args.addAll(childFlags);
            List<String> jvm = List.of("-Xmx384m", "-Dlogback.configurationFile=config/logback-services.xml",
                    "-Dwz.service=" + s.service().wireName());
            children.add(new ChildSpec(s.service().wireName(), ChildSpec.javaCommand(jvm,
                    System.getProperty("java.class.path"), MAIN, args), Path.of("").toAbsolutePath(),
                    logDir.resolve(s.service().wireName() + ".out"), URI.create(local(s) + "/health")));
        }
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Supervisor supervisor = new Supervisor(children, RestartPolicy.defaults(), metrics);
        SupervisorHttp http = SupervisorHttp.start(supervisor, metrics, telemetry.bindAddress(), supervisorPort);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("services: stopping");
            out.flush();
            http.close();
            supervisor.close();
            stopped.countDown();
        }, "services-shutdown"));
        supervisor.start();
        boolean healthy = supervisor.awaitHealthy(Duration.ofSeconds(90));
        for (ChildStatus child : supervisor.status()) {
            ServiceSettings s = services.stream().filter(x -> x.service().wireName().equals(child.name())).findFirst()
                    .orElseThrow();
            out.println(child.name() + " " + (child.up() ? "up" : "NOT UP") + " on " + local(s) + " (pid "
                    + (child.pid().isPresent() ? child.pid().getAsLong() : "-") + ", output in "
                    + logDir.resolve(child.name() + ".out") + ")");
        }
        out.println("supervisor on http://" + telemetry.bindAddress() + ":" + http.port()
                + "/health and /metrics; Ctrl-C stops every service");
        out.flush();
        if (!healthy) {
            LOG.warn("not every service answered /health within 90 s: {}", supervisor.status());
        }
        stopped.await();
        return 0;
    }

    private static URI local(ServiceSettings s) {
        String host = s.bindAddress().equals("0.0.0.0") || s.bindAddress().equals("::") ? "127.0.0.1"
                : s.bindAddress();
        return URI.create(s.scheme() + "://" + host + ":" + s.port());
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
