package io.wickedzerg.sim.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code sim serve --summary-json}: every game the server finished, rewritten whole after each game (to a
 * temporary file moved over the old one, so a reader never sees half a file). sim has no JSON library; this is
 * the one small document it writes.
 */
final class GameSummaryJson {
    private GameSummaryJson() {
    }

    static void write(Path file, List<SavedGame> games) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        Path temp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        Files.writeString(temp, render(games));
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String render(List<SavedGame> games) {
        StringBuilder json = new StringBuilder("{\n  \"games\": [");
        for (int i = 0; i < games.size(); i++) {
            SavedGame g = games.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {");
            json.append("\"game\": ").append(g.number());
            json.append(", \"replay\": ").append(g.replay() == null ? "null" : string(g.replay().toString()));
            json.append(", \"map\": ").append(string(g.map()));
            json.append(", \"seed\": ").append(g.seed());
            json.append(", \"final_loop\": ").append(g.finalLoop());
            json.append(", \"final_state_hash\": ").append(string(g.finalHashHex()));
            json.append(", \"players\": [");
            for (int p = 0; p < g.players().size(); p++) {
                ReplayPlayer player = g.players().get(p);
                json.append(p == 0 ? "" : ", ").append("{\"id\": ").append(player.id())
                        .append(", \"name\": ").append(string(player.name()))
                        .append(", \"type\": ").append(string(player.computer() ? "Computer" : "Participant"))
                        .append(", \"race\": ").append(string(player.played().name().toLowerCase()))
                        .append(", \"difficulty\": ").append(player.difficulty() == null ? "null"
                                : string(player.difficulty().label()))
                        .append(", \"result\": ").append(string(g.results().getOrDefault(player.id(), ReplayEnd.UNDECIDED)));
                BotTimes times = g.botTimes().get(player.id());
                if (times != null) {
                    json.append(", \"bot_time_ms\": {\"setup\": ").append(number(times.setupMillis()))
                            .append(", \"steps\": ").append(times.steps())
                            .append(", \"mean\": ").append(number(times.meanMillis()))
                            .append(", \"p50\": ").append(number(times.p50Millis()))
                            .append(", \"p99\": ").append(number(times.p99Millis()))
                            .append(", \"max\": ").append(number(times.maxMillis()))
                            .append("}, \"steps_over_40ms\": ").append(times.stepsOverLimit());
                }
                json.append('}');
            }
            json.append("]}");
        }
        return json.append(games.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    /** Milliseconds to the microsecond. */
    private static String number(double millis) {
        return String.format(java.util.Locale.ROOT, "%.3f", millis);
    }

    private static String string(String value) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
