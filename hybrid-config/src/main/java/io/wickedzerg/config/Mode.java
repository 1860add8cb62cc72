package io.wickedzerg.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where the bot's data goes: files on this machine only, or the remote services with local fallback. */
public enum Mode {
    LOCAL,
    HYBRID;

    /** The spelling used in JSON, environment variables and {@code describe()}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Mode> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.wireName().equals(wanted)).findFirst();
    }

    /** "local, hybrid": for error messages. */
    public static String allowedValues() {
        return Arrays.stream(values()).map(Mode::wireName).collect(Collectors.joining(", "));
    }
}
