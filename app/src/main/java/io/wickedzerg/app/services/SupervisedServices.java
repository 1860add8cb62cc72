package io.wickedzerg.app.services;

import io.wickedzerg.services.supervisor.Supervisor;
import io.wickedzerg.services.supervisor.SupervisorHttp;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The running services of {@code run.sh services}: the supervisor with its children, its HTTP server, and
 * where each service answers.
 *
 * @param urls each service's base URL by its wire name
 */
record SupervisedServices(Supervisor supervisor, SupervisorHttp http, Map<String, URI> urls)
        implements AutoCloseable {

    SupervisedServices {
        urls = Map.copyOf(urls);
    }

    /** Where {@code service} (telemetry, registry) answers. */
    URI url(String service) {
        return Optional.ofNullable(urls.get(service))
                .orElseThrow(() -> new IllegalArgumentException("no service " + service + "; have " + urls.keySet()));
    }

    /** Stops answering /health first, then every child (SIGTERM, the grace period, then SIGKILL). */
    @Override
    public void close() {
        http.close();
        supervisor.close();
    }
}
