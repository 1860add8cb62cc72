package io.wickedzerg.services.settings;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The services of the design and the ports they listen on unless told otherwise. */
public enum ServiceName {
    TELEMETRY(8001),
    REGISTRY(8003),
    DASHBOARD(8000),
    LEARNING(8002);

    private final int defaultPort;

    ServiceName(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** "telemetry", "registry": in URLs, file names, logs and the registry. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ServiceName> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.wireName().equalsIgnoreCase(text == null ? "" : text.trim()))
                .findFirst();
    }

    public static String allowedValues() {
        return Arrays.stream(values()).map(ServiceName::wireName).collect(Collectors.joining(", "));
    }
}
