package io.wickedzerg.services.supervisor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supervisor's own small HTTP server: {@code GET /health} lists each child (200 when all are up, 503
 * when one is not, so {@code curl -f} and load balancers can use it) and {@code GET /metrics} is the
 * Prometheus scrape of the registry the supervisor counts restarts in.
 */
public final class SupervisorHttp implements AutoCloseable {

    /** The Prometheus text exposition format that {@link PrometheusMeterRegistry#scrape()} writes. */
    public static final String PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final Logger LOG = LoggerFactory.getLogger(SupervisorHttp.class);

    private final Supervisor supervisor;
    private final PrometheusMeterRegistry registry;
    private final ObjectMapper json;
    private final Javalin app;

    private SupervisorHttp(Supervisor supervisor, PrometheusMeterRegistry registry, ObjectMapper json, String host,
                           int port) {
        this.supervisor = supervisor;
        this.registry = registry;
        this.json = json;
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/health", this::health);
            config.routes.get("/metrics", this::metrics);
        }).start(host, port);
    }

    /** Starts the server; port 0 picks a free one (see {@link #port()}). */
    public static SupervisorHttp start(Supervisor supervisor, PrometheusMeterRegistry registry, String host, int port) {
        SupervisorHttp http = new SupervisorHttp(supervisor, registry, new ObjectMapper(), host, port);
        LOG.info("supervisor listening on http://{}:{}", host, http.port());
        return http;
    }

    /** The port actually bound, also when 0 was asked for. */
    public int port() {
        return app.port();
    }

    private void health(Context ctx) throws JsonProcessingException {
        List<ChildStatus> statuses = supervisor.status();
        boolean allUp = statuses.stream().allMatch(ChildStatus::up);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", allUp ? "ok" : "degraded");
        body.put("children", statuses.stream().map(SupervisorHttp::describe).toList());
        ctx.status(allUp ? 200 : 503).contentType("application/json").result(json.writeValueAsString(body));
    }

    private static Map<String, Object> describe(ChildStatus status) {
        Map<String, Object> child = new LinkedHashMap<>();
        child.put("service", status.name());
        child.put("up", status.up());
        child.put("state", status.state().name().toLowerCase(Locale.ROOT));
        child.put("pid", status.pid().isPresent() ? status.pid().getAsLong() : null);
        child.put("restarts", status.restarts());
        return child;
    }

    private void metrics(Context ctx) {
        ctx.contentType(PROMETHEUS_CONTENT_TYPE).result(registry.scrape());
    }

    @Override
    public void close() {
        app.stop();
    }
}
