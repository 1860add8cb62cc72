package io.wickedzerg.bench.table;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table for scripts: {@code {"quick", "measured_at", "rows": [{"name", "value", "unit", "target": {"bound",
 * "at_most", "source"} | null, "ratio", "status", "note", "failure"}]}}; a missing number is null.
 */
final class JsonTable {

    private JsonTable() {
    }

    static String render(List<Row> rows, boolean quick, String measuredAt) throws Exception {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("quick", quick);
        root.put("measured_at", measuredAt);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", row.name());
            r.put("value", orNull(row.value()));
            r.put("unit", row.unit());
            if (row.target() == null) {
                r.put("target", null);
            } else {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("bound", row.target().bound());
                t.put("at_most", row.target().atMost());
                t.put("source", row.target().source());
                r.put("target", t);
            }
            r.put("ratio", orNull(row.ratio()));
            r.put("status", row.status().name().toLowerCase(Locale.ROOT));
            r.put("note", row.note());
            r.put("failure", row.failure());
            list.add(r);
        }
        root.put("rows", list);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }

    private static Double orNull(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }
}
