package io.wickedzerg.app.e2e;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The games e2e compares step times over: the same game played in hybrid mode through the outages and with telemetry
 * off, in alternating order (hybrid, off; off, hybrid; ...). One game a side cannot resolve 5 % on two shared cores:
 * a game's p99 moves by about ±20 % from one run to the next, and within a day one side of a single pair came out
 * ahead run after run. So each side's p99 is the median over its games, and each side goes first equally often.
 *
 * @param games     in the order played
 * @param tolerance how much higher the hybrid side's p99 may be, as a fraction (0.05)
 */
record StepTimes(List<Game> games, double tolerance) {

    /**
     * One game's step times.
     *
     * @param name   its processes' log names' part ({@code bot-<name>.out}, ...)
     * @param hybrid hybrid mode with the services going down and up; false: telemetry off
     * @param bot    what the bot printed
     * @param server its step times on the server's clock, when the server wrote them
     */
    record Game(String name, boolean hybrid, BotRun bot, Optional<ServerClock> server) {
    }

    StepTimes {
        games = List.copyOf(games);
    }

    /** Which game of a round goes first: the checked hybrid game opens round 1, and the order flips each round. */
    static boolean hybridFirst(int round) {
        return round % 2 == 1;
    }

    E2eReport.Row row() {
        double hybrid = median(true, g -> g.bot().stepP99Ms());
        double off = median(false, g -> g.bot().stepP99Ms());
        double hybridCpu = median(true, g -> g.bot().stepCpuP99Ms());
        double offCpu = median(false, g -> g.bot().stepCpuP99Ms());
        double ratio = hybrid / off;
        boolean everyGameEnded = games.stream().allMatch(g -> g.bot().result().isPresent());
        long perSide = games.stream().filter(Game::hybrid).count();
        String value = String.format(Locale.ROOT, "%s %.3f ms vs %.3f ms = %.3f (target <= %.2f); in the order played: %s;"
                        + " game thread's CPU p99 %.3f ms vs %.3f ms = %.3f", perSide == 1 ? "" : "medians of " + perSide
                        + " games a side:", hybrid, off, ratio, 1 + tolerance, played(),
                hybridCpu, offCpu, hybridCpu / offCpu).strip() + serverClock();
        return new E2eReport.Row("step time p99: hybrid vs telemetry off", value,
                everyGameEnded && games.stream().anyMatch(g -> !g.hybrid()) && ratio <= 1 + tolerance);
    }

    private String played() {
        return games.stream().map(g -> (g.hybrid() ? "hybrid " : "off ") + (g.bot().result().isPresent()
                ? String.format(Locale.ROOT, "%.3f", g.bot().stepP99Ms()) : "(no result)"))
                .collect(Collectors.joining(", ")) + " ms";
    }

    /** The median over one side's games; NaN for a side with none. */
    private double median(boolean hybrid, ToDoubleFunction<Game> value) {
        double[] values = games.stream().filter(g -> g.hybrid() == hybrid).mapToDouble(value).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /** The same games as AI Arena's proxy would time them: information beside the row, not part of its check. */
    private String serverClock() {
        if (games.stream().anyMatch(g -> g.server().isEmpty())) {
            return "; on the server's clock: not recorded";
        }
        return String.format(Locale.ROOT, "; on the server's clock (as AI Arena counts) p99 %.3f ms vs %.3f ms, "
                        + "steps over 40 ms %s vs %s", median(true, g -> g.server().orElseThrow().p99Millis()),
                median(false, g -> g.server().orElseThrow().p99Millis()), strikes(true),
                strikes(false));
    }

    private String strikes(boolean hybrid) {
        return games.stream().filter(g -> g.hybrid() == hybrid)
                .map(g -> Integer.toString(g.server().orElseThrow().strikes())).collect(Collectors.joining("+"));
    }
}
