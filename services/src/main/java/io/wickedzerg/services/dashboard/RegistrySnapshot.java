package io.wickedzerg.services.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registry's {@code GET /api/services} as the dashboard uses it: every healthy instance to list
 * (services and bots), and a URL to reach a service by name.
 *
 * @param problem why the registry could not be read, or null
 */
public record RegistrySnapshot(URI registry, String problem, List<Instance> instances) {

    public RegistrySnapshot {
        instances = List.copyOf(instances);
    }

    /**
     * One registered instance.
     *
     * @param kind the registration's {@code metadata.kind} ("bot" for bots), or null
     */
    public record Instance(String name, String instanceId, String url, String lastSeen, String expiresAt,
                           String kind) {
    }

    /** Where a service was found and how: "setting", "registry" or "default". */
    public record Resolved(String name, URI url, String foundBy) {
    }

    public static RegistrySnapshot read(UpstreamClient.Answer answer, JsonReader json) {
        if (!answer.ok()) {
            return new RegistrySnapshot(answer.uri(), answer.describeProblem(), List.of());
        }
        JsonNode root;
        try {
            root = json.read(answer.body());
        } catch (IllegalArgumentException e) {
            return new RegistrySnapshot(answer.uri(), e.getMessage(), List.of());
        }
        List<Instance> instances = new ArrayList<>();
        for (JsonNode service : root.path("services")) {
            for (JsonNode instance : service.path("instances")) {
                instances.add(new Instance(service.path("name").asText(), instance.path("instance_id").asText(),
                        instance.path("url").asText(), instance.path("last_seen").asText(null),
                        instance.path("expires_at").asText(null), instance.path("metadata").path("kind").asText(null)));
            }
        }
        return new RegistrySnapshot(answer.uri(), null, instances);
    }

    public boolean up() {
        return problem == null;
    }

    /** The setting's URL, else the first (least loaded) registered instance's, else the default. */
    public Resolved resolve(Upstream upstream) {
        if (upstream.configured().isPresent()) {
            return new Resolved(upstream.name(), upstream.configured().get(), "setting");
        }
        Optional<URI> registered = upstream.discoverable() ? registered(upstream.name()) : Optional.empty();
        return registered.map(url -> new Resolved(upstream.name(), url, "registry"))
                .orElseGet(() -> new Resolved(upstream.name(), upstream.fallback(), "default"));
    }

    private Optional<URI> registered(String name) {
        for (Instance instance : instances) {
            if (instance.name().equals(name)) {
                try {
                    URI url = URI.create(instance.url());
                    if (("http".equals(url.getScheme()) || "https".equals(url.getScheme())) && url.getHost() != null) {
                        return Optional.of(url);
                    }
                } catch (IllegalArgumentException ignored) {
                    // an unusable registration: the next instance or the default serves
                }
            }
        }
        return Optional.empty();
    }
}
