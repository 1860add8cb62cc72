package io.wickedzerg.optimiser;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Candidate ids: {@code g<generation>-c<index>}, the index two digits wide at least ({@code g3-c07}). */
public final class CandidateIds {

    private static final Pattern ID = Pattern.compile("g(\\d{1,9})-c(\\d{1,9})");

    private CandidateIds() {
    }

    public static String of(int generation, int index) {
        return String.format("g%d-c%02d", generation, index);
    }

    /** The generation an id names; empty for anything that is not a candidate id. */
    public static OptionalInt generationOf(String id) {
        if (id == null) {
            return OptionalInt.empty();
        }
        Matcher m = ID.matcher(id);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
