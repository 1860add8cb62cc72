package io.wickedzerg.bench.table;

import java.util.List;

/** The table as GitHub Markdown (README, CI summaries). */
final class MarkdownTable {

    private MarkdownTable() {
    }

    static String render(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        line(out, Cells.HEADER);
        out.append("|---|--:|---|---|--:|---|---|\n");
        rows.forEach(r -> line(out, Cells.of(r)));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(cell.replace("|", "\\|")).append(" |");
        }
        out.append('\n');
    }
}
