package io.wickedzerg.services.learning;

import java.util.Locale;

/** What {@code GET /api/model/latest} hands out. */
public enum ServeMode {
    /** The optimiser's next candidate: the parameter set of the current generation with the fewest games. */
    EXPLORE,
    /** The optimiser's best: the top of the latest completed generation (the defaults before any is scored). */
    EXPLOIT;

    /** "explore", as settings, query parameters and answers spell it. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ServeMode of(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }
}
