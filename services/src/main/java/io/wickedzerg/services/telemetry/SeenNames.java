package io.wickedzerg.services.telemetry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The field names seen so far in one event, to refuse a name given twice. Jackson's own duplicate
 * detection hashes every name of every object and cost a tenth of the ingest time; an event has a
 * handful of fields, so a list scan does, and a set takes over past {@value #SCAN_LIMIT}.
 */
final class SeenNames {

    private static final int SCAN_LIMIT = 24;

    private final List<String> list = new ArrayList<>();
    private final Set<String> set = new HashSet<>();

    /** False if {@code name} was seen before. */
    boolean add(String name) {
        if (list.size() < SCAN_LIMIT) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).equals(name)) {
                    return false;
                }
            }
            list.add(name);
            return true;
        }
        if (set.isEmpty()) {
            set.addAll(list);
        }
        return set.add(name);
    }

    void clear() {
        list.clear();
        set.clear();
    }
}
