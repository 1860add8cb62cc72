package io.wickedzerg.services.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wickedzerg.services.dashboard.DashboardRoutes;
import io.wickedzerg.services.dashboard.DashboardSettings;
import io.wickedzerg.services.db.Database;
import io.wickedzerg.services.http.RequestBodies;
import io.wickedzerg.services.http.ServiceServer;
import io.wickedzerg.services.learning.LearningService;
import io.wickedzerg.services.learning.LearningSettings;
import io.wickedzerg.services.logs.LogRoutes;
import io.wickedzerg.services.logs.LogStore;
import io.wickedzerg.services.registry.RegistryRoutes;
import io.wickedzerg.services.registry.RegistryStore;
import io.wickedzerg.services.settings.ServiceName;
import io.wickedzerg.services.settings.ServiceSettings;
import io.wickedzerg.services.telemetry.TelemetryBatchParser;
import io.wickedzerg.services.telemetry.TelemetryQueries;
import io.wickedzerg.services.telemetry.TelemetryRoutes;
import io.wickedzerg.services.telemetry.TelemetryStore;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One service, running: its database, its routes on the common server, its registration and its
 * log shipping. {@link #close()} undoes them in reverse: leave the registry, stop taking requests
 * (in-flight ones finish), close the database.
 */
public final class RunningService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningService.class);

    private final ServiceSettings settings;
    private final Database db;
    private final ServiceServer server;
    private final SelfRegistration registration;
    private final LogShipper logs;

    private RunningService(ServiceSettings settings, Database db, ServiceServer server, SelfRegistration registration,
                           LogShipper logs) {
        this.settings = settings;
        this.db = db;
        this.server = server;
        this.registration = registration;
        this.logs = logs;
    }

    /** Any service with every setting of its own at the default (the dashboard's and the learning service's). */
    public static RunningService start(ServiceSettings settings, Clock clock) {
        if (settings.service() == ServiceName.DASHBOARD) {
            return dashboard(settings, DashboardSettings.defaults(settings), clock);
        }
        if (settings.service() == ServiceName.LEARNING) {
            return learning(settings, LearningSettings.builder(Path.of("config")).build(), clock);
        }
        return withDatabase(settings, (db, metrics) -> routes(settings, db, metrics, clock));
    }

    /** The learning service; its strategy files are read before the database is opened. */
    public static RunningService learning(ServiceSettings settings, LearningSettings learning, Clock clock) {
        LearningService service = LearningService.load(learning, clock);
        return withDatabase(settings, (db, metrics) -> service.open(db, settings.limits(), metrics));
    }

    private static RunningService withDatabase(ServiceSettings settings,
                                               BiFunction<Database, PrometheusMeterRegistry, Consumer<RoutesConfig>> routes) {
        PrometheusMeterRegistry metrics = meters();
        String service = settings.service().wireName();
        Database db = Database.open(settings.databaseUrl(), settings.databaseUser(),
                settings.databasePassword().reveal(), settings.databasePoolSize(), service, metrics);
        ServiceServer server;
        try {
            server = ServiceServer.start(settings, metrics, db::isReachable, routes.apply(db, metrics));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return registered(settings, db, server);
    }

    /** The monitoring dashboard: no database of its own, it reads the other services over HTTP. */
    public static RunningService dashboard(ServiceSettings settings, DashboardSettings dashboard, Clock clock) {
        DashboardRoutes routes = DashboardRoutes.create(dashboard, clock);
        ServiceServer server = ServiceServer.start(settings, meters(), () -> true, routes::register,
                routes::configure);
        return registered(settings, null, server);
    }

    private static PrometheusMeterRegistry meters() {
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(metrics);
        new JvmThreadMetrics().bindTo(metrics);
        new ProcessorMetrics().bindTo(metrics);
        return metrics;
    }

    /** Registration and log shipping, as the settings ask; {@code db} is null for a service without one. */
    private static RunningService registered(ServiceSettings settings, Database db, ServiceServer server) {
        String service = settings.service().wireName();
        String instanceId = service + "-" + host() + "-" + ProcessHandle.current().pid();
        URI advertised = settings.advertisedUrl().orElse(server.baseUrl());
        SelfRegistration registration = settings.registryUrl().map(registry -> new SelfRegistration(registry,
                service, instanceId, advertised, settings.registrationTtl(), settings.apiKey())).orElse(null);
        if (registration != null) {
            registration.start();
        }
        LogShipper logs = settings.logShipUrl().map(url -> new LogShipper(url, instanceId, service,
                settings.apiKey())).orElse(null);
        if (logs != null) {
            logs.install();
        }
        return new RunningService(settings, db, server, registration, logs);
    }

    private static Consumer<RoutesConfig> routes(ServiceSettings settings, Database db,
                                                 PrometheusMeterRegistry metrics, Clock clock) {
        ObjectMapper json = new ObjectMapper();
        RequestBodies bodies = new RequestBodies(settings.limits());
        int maxChars = settings.limits().maxFieldChars();
        if (settings.service() == ServiceName.TELEMETRY) {
            LogStore logStore = new LogStore(db);
            TelemetryRoutes telemetry = new TelemetryRoutes(new TelemetryStore(db, logStore, clock),
                    new TelemetryQueries(db, json), new TelemetryBatchParser(json.getFactory(), settings.limits()), bodies, metrics);
            LogRoutes logRoutes = new LogRoutes(logStore, bodies, json, maxChars);
            return routes -> {
                telemetry.register(routes);
                logRoutes.register(routes);
            };
        }
        RegistryRoutes registry = new RegistryRoutes(new RegistryStore(db, json, clock), bodies, json, maxChars);
        return registry::register;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9.-]", "-");
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    public int port() {
        return server.port();
    }

    public URI baseUrl() {
        return server.baseUrl();
    }

    public ServiceSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        if (registration != null) {
            registration.close();
        }
        server.close();
        if (logs != null) {
            logs.close();
        }
        if (db != null) {
            db.close();
        }
        LOG.info("{} stopped", settings.service().wireName());
    }
}
