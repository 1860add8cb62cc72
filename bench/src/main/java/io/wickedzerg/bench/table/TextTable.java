package io.wickedzerg.bench.table;

import java.util.ArrayList;
import java.util.List;

/** The table for a console: columns padded to their widest cell. */
final class TextTable {

    private TextTable() {
    }

    static String render(List<Row> rows) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(Cells.HEADER);
        rows.forEach(r -> lines.add(Cells.of(r)));
        int[] widths = new int[Cells.HEADER.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                boolean numeric = i == 1 || i == 4;
                String cell = line.get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                text.append(numeric ? pad + cell : cell + pad).append(i + 1 < line.size() ? "  " : "");
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
