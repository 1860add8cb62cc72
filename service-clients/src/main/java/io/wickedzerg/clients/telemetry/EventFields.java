package io.wickedzerg.clients.telemetry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Freezes an event's fields when the event is made, so that a caller who reuses or changes its map
 * after {@code send()} cannot change what the worker serializes later on another thread.
 */
final class EventFields {

    /** The JDK's own immutable maps ({@code Map.of}, {@code Map.copyOf}): nothing to copy. */
    private static final Set<Class<?>> IMMUTABLE = Set.copyOf(List.of(Map.of().getClass(),
            Map.of("k", 1).getClass(), Map.of("k", 1, "l", 2).getClass()));

    private EventFields() {
    }

    /**
     * A shallow copy in the map's own order, nulls kept (nested maps and lists are not copied). Never
     * throws: a map that cannot be read becomes one field saying so.
     */
    static Map<String, Object> freeze(Map<String, Object> fields) {
        if (fields == null) {
            return Map.of();
        }
        if (IMMUTABLE.contains(fields.getClass())) {
            return fields;
        }
        try {
            return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        } catch (RuntimeException unreadable) {
            // e.g. another thread changing the map while it is copied: the event still goes out, marked
            return Map.of("fields_unreadable", unreadable.getClass().getSimpleName());
        }
    }
}
