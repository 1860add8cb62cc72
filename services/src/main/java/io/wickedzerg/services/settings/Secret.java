package io.wickedzerg.services.settings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** A key that never prints: {@code toString()} hides it, so no log line or error can leak it. */
public final class Secret {

    private final byte[] value;

    private Secret(String value) {
        this.value = value.getBytes(StandardCharsets.UTF_8);
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    /** Compares in time independent of where the first difference is, so timing does not leak the key. */
    public boolean matches(String candidate) {
        byte[] other = candidate == null ? new byte[0] : candidate.getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(value, other);
    }

    public String reveal() {
        return new String(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "(hidden)";
    }
}
