package io.wickedzerg.app.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The e2e run's one table and its verdict: each row a number the run measured and whether it is what the design
 * promises. The run passes only when every row does.
 */
record E2eReport(List<Row> rows) {

    /** One line of the table; {@code ok} false fails the run. */
    record Row(String what, String value, boolean ok) {
    }

    /**
     * What the run saw.
     *
     * @param hybrid        the bot's game in hybrid mode through the outages, the one whose telemetry is checked
     * @param outage        at which game loops the services went down and came back
     * @param stored        what the telemetry service holds for the hybrid game's run at the end
     * @param flushReplayed telemetry events {@code run.sh flush} replayed after the game (usually 0: the bot
     *                      replays its own spool once the service is back)
     * @param resultStored  the learning service holds the hybrid game's result at the end
     * @param stepTimes     that game and the same game played again, hybrid and with telemetry off, for the step times
     */
    record Facts(BotRun hybrid, Outage outage, ServiceQueries.StoredTelemetry stored, long flushReplayed,
                 boolean resultStored, StepTimes stepTimes) {
    }

    /**
     * Game loops (as the bot's progress lines gave them) at which the telemetry service was killed, the learning
     * service was killed, the telemetry service was started again and answered again; -1 for what did not happen
     * during the game (the game ended first).
     */
    record Outage(long telemetryKilled, long learningKilled, long telemetryRestarted, long telemetryBack) {
    }

    static E2eReport of(Facts f) {
        List<Row> rows = new ArrayList<>();
        BotRun h = f.hybrid();
        Outage o = f.outage();
        // when the restarted service answers depends on the machine's load: after the game, the bot's close or
        // run.sh flush replays the spool instead of the bot during the game, which the replayed row shows
        boolean schedule = o.telemetryKilled() >= 0 && o.learningKilled() > o.telemetryKilled()
                && o.telemetryRestarted() >= o.learningKilled();
        rows.add(new Row("game (hybrid)", h.result().orElse("no result") + " at loop " + h.gameLoops()
                + "; telemetry killed at loop " + loop(o.telemetryKilled()) + ", restarted at "
                + loop(o.telemetryRestarted()) + ", answering at " + (o.telemetryBack() < 0 ? "(after the game)" : o.telemetryBack())
                + "; learning killed at " + loop(o.learningKilled()) + ", started again after the bot exited",
                h.complete() && schedule));
        long emitted = h.telemetry("emitted");
        rows.add(new Row("emitted", Long.toString(emitted), emitted > 0));
        rows.add(new Row("delivered (stored by the telemetry service)", f.stored().distinct() + " of " + emitted,
                f.stored().distinct() == emitted));
        rows.add(new Row("duplicates", Long.toString(f.stored().duplicates()), f.stored().duplicates() == 0));
        long spooled = h.telemetry("spooled");
        rows.add(new Row("spooled (while the telemetry service was down)", Long.toString(spooled), spooled > 0));
        long replayed = h.telemetry("replayed") + f.flushReplayed();
        rows.add(new Row("replayed", replayed + " (bot " + h.telemetry("replayed") + ", run.sh flush " + f.flushReplayed()
                + ")", replayed == spooled - h.telemetry("evicted")));
        Map<String, Long> dropped = h.dropped();
        long droppedTotal = dropped.values().stream().mapToLong(Long::longValue).sum();
        rows.add(new Row("dropped", droppedTotal + " (" + dropped.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")", droppedTotal == 0));
        long pendingAtExit = h.learning().getOrDefault("results_pending", 0L);
        rows.add(new Row("result spooled by the bot (learning service down)", pendingAtExit + " result(s)",
                pendingAtExit >= 1));
        rows.add(new Row("result stored (learning service, after run.sh flush)", f.resultStored() ? "yes" : "no",
                f.resultStored()));
        rows.add(f.stepTimes().row());
        return new E2eReport(rows);
    }

    boolean passed() {
        return rows.stream().allMatch(Row::ok);
    }

    List<Row> failed() {
        return rows.stream().filter(r -> !r.ok()).toList();
    }

    String table() {
        int width = rows.stream().mapToInt(r -> r.what().length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-" + width + "s  %-4s  %s%n", "check", "ok", "value"));
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "%-" + width + "s  %-4s  %s%n", r.what(), r.ok() ? "yes" : "NO",
                    r.value()));
        }
        return out.toString();
    }

    private static String loop(long loop) {
        return loop < 0 ? "(never: the game ended first)" : Long.toString(loop);
    }
}
