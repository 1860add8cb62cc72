package io.wickedzerg.services.http;

import java.util.regex.Pattern;

/**
 * The ids the wire contract carries (run, game, instance, opponent, service names in logs): 1-128 of
 * A-Z a-z 0-9 . _ : -, starting with a letter or digit. One rule for every service that checks them.
 */
public final class WireIds {

    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private WireIds() {
    }

    public static boolean isId(String text) {
        return text != null && ID.matcher(text).matches();
    }
}
