package io.wickedzerg.app;

import io.wickedzerg.bot.game.GameReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Wins, losses and win rate per opponent, plus a total line. */
final class WinRateTable {

    private WinRateTable() {
    }

    static String render(List<GameReport> reports) {
        Map<String, int[]> rows = new LinkedHashMap<>();
        for (GameReport r : reports) {
            int[] row = rows.computeIfAbsent(r.opponent() + " on " + r.map(), k -> new int[3]);
            row[0]++;
            if (r.won()) {
                row[1]++;
            } else if ("Defeat".equals(r.result())) {
                row[2]++;
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-36s %6s %5s %6s %8s%n", "opponent", "games", "wins", "losses", "win rate"));
        int games = 0;
        int wins = 0;
        int losses = 0;
        for (var e : rows.entrySet()) {
            int[] r = e.getValue();
            b.append(line(e.getKey(), r[0], r[1], r[2]));
            games += r[0];
            wins += r[1];
            losses += r[2];
        }
        b.append(line("total", games, wins, losses));
        return b.toString();
    }

    private static String line(String name, int games, int wins, int losses) {
        return String.format(Locale.ROOT, "%-36s %6d %5d %6d %7.1f%%%n", name, games, wins, losses,
                games == 0 ? 0.0 : 100.0 * wins / games);
    }

    static String progressBar(int done, int total, int wins) {
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/" + total + " games, "
                + wins + " won";
    }
}
