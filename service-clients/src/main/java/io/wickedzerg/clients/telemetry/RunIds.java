package io.wickedzerg.clients.telemetry;

import java.util.regex.Pattern;

/** Run ids end up in file names, batch ids and idempotency keys, so they are kept plain. */
final class RunIds {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private RunIds() {
    }

    static String check(String runId) {
        if (runId == null || !ALLOWED.matcher(runId).matches()) {
            throw new IllegalArgumentException("runId: '" + runId + "' is not allowed; use 1-128 of A-Z a-z 0-9 . _ -"
                    + ", starting with a letter or digit");
        }
        return runId;
    }
}
