package io.wickedzerg.services.dashboard;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A service the dashboard reads, and how its base URL is found: the URL given in the settings wins,
 * then (when {@code discoverable}) the registry's entry under {@code name}, then {@code fallback}, the
 * design's port on this host.
 */
public record Upstream(String name, Optional<URI> configured, boolean discoverable, URI fallback) {

    public Upstream {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(configured, "configured");
        Objects.requireNonNull(fallback, "fallback");
    }
}
