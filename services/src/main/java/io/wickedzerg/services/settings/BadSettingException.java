package io.wickedzerg.services.settings;

/** A setting that cannot be used, with a one-line message naming its source, its key and what is allowed. */
public final class BadSettingException extends RuntimeException {

    public BadSettingException(String message) {
        super(message);
    }
}
