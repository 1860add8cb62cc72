package io.wickedzerg.services.settings;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;

/** How a setting's text becomes a value, and what is allowed, for error messages that say it. */
enum ValueKind {
    PORT("a whole number 0-65535 (0 picks a free port)") {
        @Override Object parse(String text) {
            long port = whole(text);
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("'" + text + "' is not a port");
            }
            return (int) port;
        }
    },
    HOST("a host name or IP address, e.g. 127.0.0.1 or 0.0.0.0") {
        @Override Object parse(String text) {
            if (text.isBlank() || text.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("'" + text + "' is not a host");
            }
            return text;
        }
    },
    TEXT("any text; empty means unset") {
        @Override Object parse(String text) {
            return text;
        }
    },
    SECRET("any text; empty means unset; never printed") {
        @Override Object parse(String text) {
            return text.isEmpty() ? Secret.of("") : Secret.of(text);
        }
    },
    PATH("a file system path") {
        @Override Object parse(String text) {
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("'" + text + "' is not a path: " + e.getReason());
            }
        }
    },
    OPTIONAL_PATH("a file system path; empty means unset") {
        @Override Object parse(String text) {
            return text.isEmpty() ? "" : PATH.parse(text);
        }
    },
    OPTIONAL_URL("an http:// or https:// URL, e.g. http://localhost:8003; empty means unset") {
        @Override Object parse(String text) {
            if (text.isEmpty()) {
                return "";
            }
            try {
                URI uri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                    throw new IllegalArgumentException("'" + text + "' is not an http(s) URL");
                }
                return uri;
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + text + "' is not an http(s) URL");
            }
        }
    },
    WHOLE_NUMBER("a whole number, e.g. 1 or -7") {
        @Override Object parse(String text) {
            return whole(text);
        }
    },
    START_MODE("defaults or random") {
        @Override Object parse(String text) {
            return choice(text, "defaults", "random");
        }
    },
    SERVE_MODE("explore or exploit") {
        @Override Object parse(String text) {
            return choice(text, "explore", "exploit");
        }
    },
    POSITIVE_INT("a whole number >= 1") {
        @Override Object parse(String text) {
            long value = whole(text);
            if (value < 1 || value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("'" + text + "' is out of range");
            }
            return (int) value;
        }
    },
    POSITIVE_BYTES("a whole number of bytes >= 1") {
        @Override Object parse(String text) {
            long value = whole(text);
            if (value < 1) {
                throw new IllegalArgumentException("'" + text + "' is out of range");
            }
            return value;
        }
    },
    POSITIVE_SECONDS("a number of seconds > 0, e.g. 10 or 0.5") {
        @Override Object parse(String text) {
            double seconds;
            try {
                seconds = Double.parseDouble(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not a number");
            }
            if (!(seconds > 0) || seconds > 86_400) {
                throw new IllegalArgumentException("'" + text + "' is out of range");
            }
            return Duration.ofNanos(Math.round(seconds * 1e9));
        }
    };

    private final String allowed;

    ValueKind(String allowed) {
        this.allowed = allowed;
    }

    String allowed() {
        return allowed;
    }

    /** The value, or an IllegalArgumentException whose message says what is wrong with the text. */
    abstract Object parse(String text);

    /** One of {@code allowed}, case-insensitive, as it is spelled there. */
    private static String choice(String text, String... allowed) {
        for (String a : allowed) {
            if (a.equalsIgnoreCase(text.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of " + String.join(", ", allowed));
    }

    private static long whole(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number");
        }
    }
}
