package io.wickedzerg.services.registry;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.wickedzerg.services.http.ApiError;
import io.wickedzerg.services.http.RequestBodies;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The registry's API: {@code POST /api/services} (register; repeated, the heartbeat),
 * {@code PUT /api/services/{name}?instance_id=} (heartbeat), {@code DELETE /api/services/{name}
 * ?instance_id=}, {@code GET /api/services/{name}} (the least loaded healthy instance, with every
 * healthy one under {@code instances}) and {@code GET /api/services}.
 */
public final class RegistryRoutes {

    private final RegistryStore store;
    private final RegistrationParser parser;
    private final RequestBodies bodies;

    public RegistryRoutes(RegistryStore store, RequestBodies bodies, com.fasterxml.jackson.databind.ObjectMapper json,
                          int maxFieldChars) {
        this.store = store;
        this.parser = new RegistrationParser(json, maxFieldChars);
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/services", this::registerInstance);
        routes.get("/api/services", this::all);
        routes.get("/api/services/{name}", this::discover);
        routes.put("/api/services/{name}", this::heartbeat);
        routes.delete("/api/services/{name}", this::deregister);
    }

    private void registerInstance(Context ctx) throws SQLException {
        Registration stored = store.register(parser.parse(bodies.read(ctx)));
        ctx.status(200).json(row(stored));
    }

    private void heartbeat(Context ctx) throws SQLException {
        String name = name(ctx);
        String instance = instance(ctx);
        Registration renewed = store.heartbeat(name, instance).orElseThrow(() -> ApiError.notFound("instance_id",
                "no live registration of '" + name + "' instance '" + instance + "'; register again with POST"));
        ctx.json(row(renewed));
    }

    private void deregister(Context ctx) throws SQLException {
        boolean removed = store.deregister(name(ctx), instance(ctx));
        ctx.json(Map.of("removed", removed));
    }

    private void discover(Context ctx) throws SQLException {
        String name = name(ctx);
        List<Registration> healthy = store.healthy(name);
        if (healthy.isEmpty()) {
            throw ApiError.notFound("name", "no healthy instance of '" + name + "'");
        }
        Map<String, Object> body = row(healthy.get(0));
        body.put("instances", healthy.stream().map(RegistryRoutes::row).toList());
        ctx.json(body);
    }

    private void all(Context ctx) throws SQLException {
        Map<String, List<Map<String, Object>>> byName = new TreeMap<>();
        for (Registration r : store.allHealthy()) {
            byName.computeIfAbsent(r.name(), n -> new java.util.ArrayList<>()).add(row(r));
        }
        List<Map<String, Object>> services = byName.entrySet().stream()
                .map(e -> Map.<String, Object>of("name", e.getKey(), "instances", e.getValue())).toList();
        ctx.json(Map.of("services", services));
    }

    private static String name(Context ctx) {
        String name = ctx.pathParam("name");
        if (!RegistrationParser.NAME.matcher(name).matches()) {
            throw ApiError.badRequest("name", "must be 1-64 of A-Z a-z 0-9 . _ -, starting with a letter or digit");
        }
        return name;
    }

    private static String instance(Context ctx) {
        String instance = ctx.queryParam("instance_id");
        if (instance == null || instance.isEmpty()) {
            throw ApiError.badRequest("instance_id", "is required as a query parameter");
        }
        if (!RegistrationParser.INSTANCE.matcher(instance).matches()) {
            throw ApiError.badRequest("instance_id", "must be 1-128 of A-Z a-z 0-9 . _ : -");
        }
        return instance;
    }

    static Map<String, Object> row(Registration r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", r.name());
        row.put("instance_id", r.instanceId());
        row.put("url", r.url());
        row.put("healthy", true);
        row.put("ttl_seconds", r.ttlSeconds());
        row.put("load", r.load());
        row.put("last_seen", Instant.ofEpochMilli(r.lastSeenMs()).toString());
        row.put("expires_at", Instant.ofEpochMilli(r.expiresMs()).toString());
        row.put("metadata", r.metadata());
        return row;
    }
}
