package io.wickedzerg.app.e2e;

import io.wickedzerg.app.stats.HodgesLehmann;
import io.wickedzerg.app.stats.Interval;
import io.wickedzerg.app.stats.Median;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The games e2e compares step times over: the same game played in hybrid mode through the outages and with telemetry
 * off, in rounds of two games played back to back, the first side alternating (hybrid, off; off, hybrid; ...).
 *
 * <p>One game's p99 moves by about ±10–20 % from one run to the next on two shared cores, the machine's speed drifts
 * over minutes, and now and then one game is hit by something else on the machine (a p99 of twice the others'). So
 * the two sides are compared round by round, each round's hybrid p99 over its telemetry-off p99 (games seconds
 * apart, so the drift cancels), and the rounds' ratios are summed up by their Hodges-Lehmann estimate with its
 * distribution-free 95 % interval (a disturbed game moves it by one rank, not by its size). The interval, not the
 * estimate alone, says whether the rounds resolve the target.
 *
 * @param games     in the order played, two per round, one of each side
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

        boolean ended() {
            return bot.result().isPresent();
        }
    }

    /** Two games played back to back, one of each side. */
    record Round(Game hybrid, Game off) {

        boolean ended() {
            return hybrid.ended() && off.ended();
        }

        double ratio(ToDoubleFunction<Game> value) {
            return value.applyAsDouble(hybrid) / value.applyAsDouble(off);
        }
    }

    StepTimes {
        games = List.copyOf(games);
        if (games.size() % 2 != 0) {
            throw new IllegalArgumentException("step-time games come in rounds of two, got " + games.size());
        }
        for (int i = 0; i < games.size(); i += 2) {
            if (games.get(i).hybrid() == games.get(i + 1).hybrid()) {
                throw new IllegalArgumentException("round " + (i / 2 + 1) + " must play one game of each side, got "
                        + games.get(i).name() + " and " + games.get(i + 1).name());
            }
        }
    }

    /** Which game of a round goes first: the checked hybrid game opens round 1, and the order flips each round. */
    static boolean hybridFirst(int round) {
        return round % 2 == 1;
    }

    List<Round> rounds() {
        List<Round> rounds = new ArrayList<>();
        for (int i = 0; i < games.size(); i += 2) {
            Game first = games.get(i);
            Game second = games.get(i + 1);
            rounds.add(first.hybrid() ? new Round(first, second) : new Round(second, first));
        }
        return rounds;
    }

    /** The rounds' ratios as one estimate with its interval; rounds with a game that did not end are left out. */
    Interval ratio(ToDoubleFunction<Game> value) {
        return HodgesLehmann.ofRatios(rounds().stream().filter(Round::ended).map(r -> r.ratio(value)).toList());
    }

    /**
     * Passes when every game ended and the estimate is within the target on the bot's own timer and, when the server
     * wrote its times, on the server's clock too (what AI Arena's proxy counts: the bot's timer plus reading each
     * observation, ocraft's conversion and collections).
     */
    E2eReport.Row row() {
        double target = 1 + tolerance;
        Interval bot = ratio(g -> g.bot().stepP99Ms());
        Optional<Interval> server = games.stream().allMatch(g -> g.server().isPresent())
                ? Optional.of(ratio(g -> g.server().orElseThrow().p99Millis())) : Optional.empty();
        boolean everyGameEnded = games.stream().allMatch(Game::ended);
        String value = String.format(Locale.ROOT, "bot's timer %s (target <= %.2f)%s; %s; rounds (hybrid/off, bot's "
                        + "timer): %s; in the order played: %s; medians %.3f ms vs %.3f ms; game thread's CPU p99 %s",
                estimate(bot), target, verdict(bot, target), serverClock(server, target), ratios(), played(),
                median(true, g -> g.bot().stepP99Ms()), median(false, g -> g.bot().stepP99Ms()),
                estimate(ratio(g -> g.bot().stepCpuP99Ms())));
        boolean serverWithin = server.map(i -> i.estimate() <= target).orElse(true);
        return new E2eReport.Row("step time p99: hybrid vs telemetry off", value,
                everyGameEnded && !games.isEmpty() && bot.estimate() <= target && serverWithin);
    }

    private String estimate(Interval i) {
        long n = rounds().stream().filter(Round::ended).count();
        if (Double.isNaN(i.estimate())) {
            return "not recorded";
        }
        if (!i.known()) {
            return String.format(Locale.ROOT, "%.3f (%s, no 95 %% interval under 6 rounds)", i.estimate(),
                    n == 1 ? "1 round's ratio" : n + " rounds' ratios");
        }
        return String.format(Locale.ROOT, "%.3f (Hodges-Lehmann over %d rounds' ratios, 95 %% interval %.3f-%.3f)",
                i.estimate(), n, i.low(), i.high());
    }

    /** Whether the rounds resolve the target, not only whether the estimate meets it. */
    private static String verdict(Interval i, double target) {
        if (!i.known()) {
            return "";
        }
        if (i.high() <= target) {
            return ": within the target at 95 %";
        }
        return i.low() > target ? ": over the target at 95 %" : ": the interval straddles the target, not resolved";
    }

    private String ratios() {
        return rounds().stream().map(r -> r.ended()
                        ? String.format(Locale.ROOT, "%.3f", r.ratio(g -> g.bot().stepP99Ms())) : "-")
                .collect(Collectors.joining(", "));
    }

    private String played() {
        return games.stream().map(g -> (g.hybrid() ? "hybrid " : "off ") + (g.ended()
                ? String.format(Locale.ROOT, "%.3f", g.bot().stepP99Ms()) : "(no result)"))
                .collect(Collectors.joining(", ")) + " ms";
    }

    /** The median over one side's games that ended; NaN for a side with none. */
    private double median(boolean hybrid, ToDoubleFunction<Game> value) {
        return Median.ofSorted(games.stream().filter(g -> g.hybrid() == hybrid && g.ended()).mapToDouble(value)
                .sorted().toArray());
    }

    private String serverClock(Optional<Interval> ratio, double target) {
        if (ratio.isEmpty()) {
            return "on the server's clock: not recorded";
        }
        return String.format(Locale.ROOT, "on the server's clock (as AI Arena counts) %s%s, p99 medians %.3f ms vs "
                        + "%.3f ms, steps over 40 ms %s vs %s", estimate(ratio.get()), verdict(ratio.get(), target),
                median(true, g -> g.server().orElseThrow().p99Millis()),
                median(false, g -> g.server().orElseThrow().p99Millis()), strikes(true), strikes(false));
    }

    private String strikes(boolean hybrid) {
        return games.stream().filter(g -> g.hybrid() == hybrid)
                .map(g -> Integer.toString(g.server().orElseThrow().strikes())).collect(Collectors.joining("+"));
    }
}
