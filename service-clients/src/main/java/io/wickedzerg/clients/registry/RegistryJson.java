package io.wickedzerg.clients.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The registry's JSON: a registration out, an instance in, and the cache file. */
final class RegistryJson {

    private final ObjectMapper mapper = new ObjectMapper();

    byte[] registration(String name, URI url, Map<String, String> metadata, Duration ttl, String instanceId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("url", url.toString());
        body.put("instance_id", instanceId);
        body.put("ttl_seconds", ttl.toSeconds());
        body.put("metadata", new TreeMap<>(metadata));
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("registration cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /** {@code {"name","url","healthy","last_seen" (ISO-8601),"metadata"}}. */
    ServiceInstance instance(JsonNode node) throws IOException {
        String name = node.path("name").asText("");
        String url = node.path("url").asText("");
        if (name.isEmpty() || url.isEmpty()) {
            throw new IOException("registry answer: fields 'name' and 'url' are required");
        }
        Instant lastSeen;
        try {
            String seen = node.path("last_seen").asText("");
            lastSeen = seen.isEmpty() ? Instant.EPOCH : Instant.parse(seen);
        } catch (DateTimeParseException e) {
            throw new IOException("registry answer: 'last_seen' must be an ISO-8601 instant", e);
        }
        Map<String, String> metadata = new TreeMap<>();
        node.path("metadata").fields().forEachRemaining(e -> metadata.put(e.getKey(), e.getValue().asText()));
        return new ServiceInstance(name, URI.create(url), node.path("healthy").asBoolean(false), lastSeen, metadata,
                false);
    }

    ServiceInstance instance(byte[] body) throws IOException {
        return instance(mapper.readTree(body));
    }

    Map<String, ServiceInstance> cache(byte[] file) throws IOException {
        Map<String, ServiceInstance> cached = new TreeMap<>();
        JsonNode root = mapper.readTree(file);
        for (JsonNode node : root.path("services")) {
            ServiceInstance instance = instance(node);
            cached.put(instance.name(), instance);
        }
        return cached;
    }

    byte[] cache(Map<String, ServiceInstance> services) throws JsonProcessingException {
        ObjectNode root = mapper.createObjectNode();
        var list = root.putArray("services");
        for (ServiceInstance s : services.values()) {
            ObjectNode node = list.addObject();
            node.put("name", s.name());
            node.put("url", s.url().toString());
            node.put("healthy", s.healthy());
            node.put("last_seen", s.lastSeen().toString());
            ObjectNode meta = node.putObject("metadata");
            s.metadata().forEach(meta::put);
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }
}
