package io.wickedzerg.sim.replay;

/** An enum stored in a replay as one byte: its code, and the way back from a code read from a file. */
interface Coded {
    int code();

    /** @throws IllegalArgumentException naming the field, the code read and the known codes */
    static <E extends Enum<E> & Coded> E of(Class<E> type, int code, String field) {
        StringBuilder known = new StringBuilder();
        for (E value : type.getEnumConstants()) {
            if (value.code() == code) {
                return value;
            }
            known.append(known.length() == 0 ? "" : ", ").append(value.code()).append(" (")
                    .append(value.name().toLowerCase()).append(')');
        }
        throw new IllegalArgumentException("unknown " + field + " " + code + "; known: " + known);
    }
}
