package io.wickedzerg.services.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wickedzerg.services.settings.ServiceSettings;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The ground every service stands on: Javalin on Jetty, {@code GET /health} (liveness and
 * readiness), {@code GET /metrics} (Prometheus text), the API key on {@code /api/*}, JSON errors for
 * everything a client can get wrong (400/401/404/405/413/415, never a stack trace), a request id in
 * the log's MDC and the response, https when TLS is configured, and a graceful stop.
 */
public final class ServiceServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceServer.class);
    /** One line per request, under its own name so that logback can turn every request on or off alone. */
    private static final Logger REQUESTS = LoggerFactory.getLogger("io.wickedzerg.services.requests");
    static final String REQUEST_ID = "X-Request-Id";

    private final Javalin app;
    private final ServiceSettings settings;

    private ServiceServer(Javalin app, ServiceSettings settings) {
        this.app = app;
        this.settings = settings;
    }

    /**
     * Starts the service's server.
     *
     * @param ready  readiness beyond being alive, e.g. the database answers
     * @param routes the service's own routes, under {@code /api/}
     */
    public static ServiceServer start(ServiceSettings settings, PrometheusMeterRegistry metrics, BooleanSupplier ready,
                                      Consumer<RoutesConfig> routes) {
        return start(settings, metrics, ready, routes, config -> { });
    }

    /**
     * Starts the service's server with more of Javalin's configuration than routes.
     *
     * @param extra e.g. static files: the dashboard serves its page from the class path
     */
    public static ServiceServer start(ServiceSettings settings, PrometheusMeterRegistry metrics, BooleanSupplier ready,
                                      Consumer<RoutesConfig> routes, Consumer<JavalinConfig> extra) {
        ObjectMapper json = new ObjectMapper();
        HttpMetrics httpMetrics = new HttpMetrics(metrics, settings.service());
        String service = settings.service().wireName();
        RefusedBodies refused = new RefusedBodies(settings.limits().maxBodyBytes());
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.prefer405over404 = true;
            config.jetty.host = settings.bindAddress();
            config.jetty.port = settings.port();
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(settings.shutdownGrace().toMillis());
                server.setHandler(new GracefulHandler());
            });
            settings.tls().ifPresent(tls -> config.jetty.addConnector((server, http) ->
                    TlsConnectors.https(server, http, tls, settings.bindAddress(), settings.port())));
            config.requestLogger.http((ctx, millis) -> {
                httpMetrics.record(ctx, millis);
                logRequest(ctx, millis);
                MDC.remove("request_id");
            });
            config.routes.before(ctx -> {
                String id = requestId(ctx.header(REQUEST_ID));
                ctx.header(REQUEST_ID, id);
                MDC.put("request_id", id);
                MDC.put("service", service);
            });
            settings.apiKey().ifPresent(key -> config.routes.before("/api/*", ctx -> {
                String header = ctx.header("Authorization");
                String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                        ? header.substring(7).trim() : null;
                if (!key.matches(token)) {
                    ctx.header("WWW-Authenticate", "Bearer");
                    throw new ApiError(401, "Authorization", header == null ? "missing; send 'Authorization: Bearer <api key>'"
                            : "the API key is not accepted");
                }
            }));
            config.routes.get("/health", ctx -> health(ctx, service, ready));
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(metrics.scrape()));
            routes.accept(config.routes);
            extra.accept(config);
            config.routes.exception(ApiError.class, (e, ctx) -> error(ctx, refused, e.status(), e.field(), e.problem()));
            config.routes.exception(HttpResponseException.class, (e, ctx) ->
                    error(ctx, refused, e.getStatus(), "request", e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, refused, 500, "server", "internal error; see the service log for request " + ctx.header(REQUEST_ID));
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null) {
                    error(ctx, refused, 404, "path", "no such path: " + ctx.path());
                }
            });
            config.routes.error(405, ctx -> error(ctx, refused, 405, "method", "method " + ctx.method()
                    + " is not allowed on " + ctx.path()));
        });
        app.start();
        ServiceServer started = new ServiceServer(app, settings);
        LOG.info("{} listening on {}", service, started.baseUrl());
        return started;
    }

    /**
     * A failed request at INFO, so the request id a client finds in an error body is in the log at the
     * default level too; every other one at DEBUG (WZ_REQUEST_LOG_LEVEL=DEBUG in logback-services.xml), since
     * the bot posts a batch every second and such lines would drown the rest.
     */
    private static void logRequest(Context ctx, float millis) {
        if (ctx.statusCode() >= 400) {
            REQUESTS.info("{} {} -> {} in {} ms", ctx.method(), ctx.path(), ctx.statusCode(), millis);
        } else {
            REQUESTS.debug("{} {} -> {} in {} ms", ctx.method(), ctx.path(), ctx.statusCode(), millis);
        }
    }

    private static String requestId(String given) {
        if (given != null && given.matches("[A-Za-z0-9._-]{1,64}")) {
            return given;
        }
        return UUID.randomUUID().toString();
    }

    private static void health(Context ctx, String service, BooleanSupplier ready) {
        boolean isReady = ready.getAsBoolean();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", isReady ? "ok" : "not_ready");
        body.put("service", service);
        body.put("live", true);
        body.put("ready", isReady);
        ctx.status(isReady ? 200 : 503).json(body);
    }

    /** Every error answer: the rest of the refused body first (see {@link RefusedBodies}), then the JSON. */
    private static void error(Context ctx, RefusedBodies refused, int status, String field, String problem) {
        refused.drain(ctx);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", reason(status));
        body.put("status", status);
        body.put("field", field);
        body.put("problem", problem);
        body.put("request_id", ctx.res().getHeader(REQUEST_ID));
        ctx.status(status).json(body);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 409 -> "conflict";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            case 500 -> "internal_error";
            default -> "error";
        };
    }

    public int port() {
        return ((ServerConnector) app.jettyServer().server().getConnectors()[0]).getLocalPort();
    }

    /** Where clients reach this server: the scheme, the bind address (localhost for a wildcard), the port. */
    public URI baseUrl() {
        String host = settings.bindAddress();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "localhost";
        }
        return URI.create(settings.scheme() + "://" + host + ":" + port());
    }

    /** Stops accepting, lets requests in flight finish within the shutdown grace, then stops. */
    @Override
    public void close() {
        app.stop();
    }
}
