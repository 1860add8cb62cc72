package io.wickedzerg.bench.table;

import java.util.List;
import java.util.Locale;

/** A row as the text and Markdown tables show it: the same cells in both. */
final class Cells {

    static final List<String> HEADER = List.of("measurement", "value", "unit", "target", "ratio", "status", "note");

    private Cells() {
    }

    static List<String> of(Row row) {
        if (row.status() == Row.Status.FAILED) {
            return List.of(row.name(), "-", row.unit(), "-", "-", "failed", row.failure());
        }
        String target = row.target() == null ? "baseline" : row.target().symbol() + " " + number(row.target().bound())
                + " (" + row.target().source() + ")";
        String ratio = Double.isNaN(row.ratio()) ? "-" : String.format(Locale.ROOT, "%.2f", row.ratio());
        return List.of(row.name(), number(row.value()), row.unit(), target, ratio,
                row.status().name().toLowerCase(Locale.ROOT), row.note());
    }

    static String number(double v) {
        double abs = Math.abs(v);
        if (abs >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, abs >= 10 ? "%.1f" : "%.3f", v);
    }
}
