package io.wickedzerg.services.http;

import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wickedzerg.services.settings.ServiceName;
import java.time.Duration;

/**
 * Request counts and latencies by route (the matched template, not the raw path, so ids and probes
 * cannot blow up the number of series), method and status, as {@code http_server_requests_seconds}.
 */
final class HttpMetrics {

    private final MeterRegistry registry;
    private final String service;

    HttpMetrics(MeterRegistry registry, ServiceName service) {
        this.registry = registry;
        this.service = service.wireName();
    }

    void record(Context ctx, float millis) {
        var endpoint = ctx.endpoints().matchedHttpEndpoint();
        String route = endpoint == null ? "unmatched" : endpoint.path;
        Timer.builder("http_server_requests")
                .description("HTTP requests by route, method and status")
                .tag("service", service)
                .tag("route", route)
                .tag("method", ctx.method().name())
                .tag("status", Integer.toString(ctx.statusCode()))
                .register(registry)
                .record(Duration.ofNanos((long) (millis * 1_000_000)));
    }
}
