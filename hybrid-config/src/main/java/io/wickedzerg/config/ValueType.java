package io.wickedzerg.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * The kinds of value a setting can hold: how each is read from JSON and from an environment
 * variable, which values are allowed, and how it prints. Errors come back as the text that follows
 * "source: key", e.g. {@code "three" is not an integer; allowed: whole numbers >= 0}.
 */
enum ValueType {
    MODE("one of: " + Mode.allowedValues()) {
        @Override Object fromText(String text) {
            return Mode.parse(text).orElseThrow(() -> invalid("\"" + text + "\" is not a mode"));
        }
        @Override Object fromJson(JsonNode node) {
            return fromText(requireText(node));
        }
        @Override String format(Object value) {
            return ((Mode) value).wireName();
        }
    },
    BOOLEAN("true or false") {
        @Override Object fromText(String text) {
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes", "on" -> Boolean.TRUE;
                case "false", "0", "no", "off" -> Boolean.FALSE;
                default -> throw invalid("\"" + text + "\" is not a boolean");
            };
        }
        @Override Object fromJson(JsonNode node) {
            if (!node.isBoolean()) {
                throw wrongType(node, "a boolean");
            }
            return node.booleanValue();
        }
    },
    URL("an http:// or https:// URL, e.g. http://localhost:8001") {
        @Override Object fromText(String text) {
            String trimmed = text.trim();
            URI uri;
            try {
                uri = new URI(trimmed);
            } catch (URISyntaxException e) {
                throw invalid("\"" + text + "\" is not a valid URL (" + e.getReason() + ")");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw invalid("\"" + text + "\" is not an http(s) URL");
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                throw invalid("\"" + text + "\" has no host");
            }
            // A trailing slash would double up when paths like /api/telemetry are appended.
            return URI.create(trimmed.replaceAll("/+$", ""));
        }
        @Override Object fromJson(JsonNode node) {
            return fromText(requireText(node));
        }
    },
    POSITIVE_SECONDS("a number of seconds > 0, e.g. 5 or 0.5") {
        @Override Object fromText(String text) {
            return seconds(parseNumber(text), true);
        }
        @Override Object fromJson(JsonNode node) {
            if (!node.isNumber()) {
                throw wrongType(node, "a number of seconds");
            }
            return seconds(node.doubleValue(), true);
        }
        @Override String format(Object value) {
            return formatSeconds((Duration) value);
        }
    },
    NON_NEGATIVE_SECONDS("a number of seconds >= 0, e.g. 1.0") {
        @Override Object fromText(String text) {
            return seconds(parseNumber(text), false);
        }
        @Override Object fromJson(JsonNode node) {
            if (!node.isNumber()) {
                throw wrongType(node, "a number of seconds");
            }
            return seconds(node.doubleValue(), false);
        }
        @Override String format(Object value) {
            return formatSeconds((Duration) value);
        }
    },
    NON_NEGATIVE_INT("a whole number >= 0") {
        @Override Object fromText(String text) {
            return checkInt(parseLong(text, "an integer"), 0);
        }
        @Override Object fromJson(JsonNode node) {
            return checkInt(requireIntegral(node), 0);
        }
    },
    POSITIVE_INT("a whole number >= 1") {
        @Override Object fromText(String text) {
            return checkInt(parseLong(text, "an integer"), 1);
        }
        @Override Object fromJson(JsonNode node) {
            return checkInt(requireIntegral(node), 1);
        }
    },
    POSITIVE_LONG("a whole number of bytes >= 1") {
        @Override Object fromText(String text) {
            return checkLong(parseLong(text, "an integer"));
        }
        @Override Object fromJson(JsonNode node) {
            return checkLong(requireIntegral(node));
        }
    },
    TEXT("any text") {
        @Override Object fromText(String text) {
            return text;
        }
        @Override Object fromJson(JsonNode node) {
            return requireText(node);
        }
    },
    NAME("letters, digits, '.', '_' or '-' (1 to 64 of them)") {
        @Override Object fromText(String text) {
            String trimmed = text.trim();
            if (!trimmed.matches("[A-Za-z0-9._-]{1,64}")) {
                throw invalid("\"" + text + "\" is not a valid name");
            }
            return trimmed;
        }
        @Override Object fromJson(JsonNode node) {
            return fromText(requireText(node));
        }
    },
    PATH("a file system path") {
        @Override Object fromText(String text) {
            try {
                return Path.of(text.trim());
            } catch (InvalidPathException e) {
                throw invalid("\"" + text + "\" is not a valid path (" + e.getReason() + ")");
            }
        }
        @Override Object fromJson(JsonNode node) {
            return fromText(requireText(node));
        }
    };

    private final String allowed;

    ValueType(String allowed) {
        this.allowed = allowed;
    }

    /** What this type accepts, for error messages and the README table. */
    String allowed() {
        return allowed;
    }

    /** Parses an environment variable's (or CLI) text. */
    abstract Object fromText(String text);

    /** Reads a JSON value; the JSON type must match (no "3" for 3). */
    abstract Object fromJson(JsonNode node);

    /** Checks a value handed over in code; throws {@link InvalidValue} like the parsers do. */
    Object check(Object value) {
        if (value == null) {
            throw invalid("null is not allowed");
        }
        // Re-parsing the printed form applies exactly the same rules as text input.
        return fromText(format(value));
    }

    String format(Object value) {
        return String.valueOf(value);
    }

    /** A value that breaks this type's rules; the caller adds where it came from. */
    static final class InvalidValue extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidValue(String message) {
            super(message, null, false, false);
        }
    }

    InvalidValue invalid(String what) {
        return new InvalidValue(what + "; allowed: " + allowed);
    }

    InvalidValue wrongType(JsonNode node, String expected) {
        return new InvalidValue("must be " + expected + ", got " + describeJson(node) + "; allowed: " + allowed);
    }

    String requireText(JsonNode node) {
        if (!node.isTextual()) {
            throw wrongType(node, "a string");
        }
        return node.textValue();
    }

    long requireIntegral(JsonNode node) {
        if (!node.isIntegralNumber() && !(node.isNumber() && node.doubleValue() == Math.rint(node.doubleValue()))) {
            throw wrongType(node, "an integer");
        }
        if (node.isBigInteger() || node.isBigDecimal() && Math.abs(node.doubleValue()) > Long.MAX_VALUE) {
            throw invalid(node.asText() + " is too large");
        }
        return node.longValue();
    }

    long parseLong(String text, String expected) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw invalid("\"" + text + "\" is not " + expected);
        }
    }

    double parseNumber(String text) {
        try {
            double value = Double.parseDouble(text.trim());
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw invalid("\"" + text + "\" is not a number");
        }
    }

    Integer checkInt(long value, int min) {
        if (value < min || value > Integer.MAX_VALUE) {
            throw invalid(value + " is out of range");
        }
        return (int) value;
    }

    Long checkLong(long value) {
        if (value < 1) {
            throw invalid(value + " is out of range");
        }
        return value;
    }

    Duration seconds(double value, boolean positive) {
        if (positive ? value <= 0 : value < 0) {
            throw invalid(formatNumber(value) + " is out of range");
        }
        if (value > 86_400) {
            throw invalid(formatNumber(value) + " is more than a day");
        }
        return Duration.ofNanos(Math.round(value * 1e9));
    }

    static String formatSeconds(Duration duration) {
        return formatNumber(duration.toNanos() / 1e9);
    }

    private static String formatNumber(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String describeJson(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "the string \"" + node.textValue() + "\"";
            case NUMBER -> "the number " + node.asText();
            case BOOLEAN -> "the boolean " + node.asText();
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
