package io.wickedzerg.bench.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A whole ladder game of the AI Arena bot ({@code WickedZerg.jar} as AI Arena starts it, in the folder
 * {@code run.sh package-ladder} makes) against {@code sim serve} in its own process, timed as AI Arena's proxy times
 * a bot: from the server's side, every gap from an answer to the bot's next request, summed per step
 * ({@code --summary-json}'s {@code bot_time_ms}). That counts what the bot's own step timer cannot see (reading and
 * parsing each answer, garbage collection), and it is what AI Arena's strikes are counted on. The bot plays a short
 * first match before it, which writes its class archive, as every later match on the ladder starts with one. Both
 * play the strategy's defaults ({@code --strategy-file}): what the bot learns from its first match would make the
 * measured game another one.
 */
final class LadderGameMeasurement implements Measurement {

    static final String ROW_MEAN = "ladder bot step time on the server's clock (as AI Arena counts it), mean";
    static final String ROW_MAX = "ladder bot step time on the server's clock (as AI Arena counts it), max";
    static final String ROW_STRIKES = "ladder bot steps over 40 ms on the server's clock (AI Arena's strikes)";
    private static final String FIRST_MATCH_LOOPS = "224";
    private static final String QUICK_LOOPS = "2240";
    private static final Duration PATIENCE = Duration.ofSeconds(180);

    @Override
    public String title() {
        return "ladder game, the server's clock";
    }

    @Override
    public List<String> rowNames() {
        return List.of(ROW_MEAN, ROW_MAX, ROW_STRIKES);
    }

    @Override
    public List<Row> measure(BenchSettings settings) throws Exception {
        Path dir = Files.createDirectories(settings.workDir().resolve("ladder-game"));
        Path botDir = LadderBot.packageLadder(settings, dir);
        Path strategy = dir.resolve("strategy.json").toAbsolutePath();
        Files.writeString(strategy, "{\"version\": \"bench-defaults\", \"parameters\": {}}\n");
        play(settings, dir, botDir, strategy, "first-match", FIRST_MATCH_LOOPS);
        JsonNode game = play(settings, dir, botDir, strategy, "game", settings.quick() ? QUICK_LOOPS : null);
        JsonNode bot = null;
        for (JsonNode player : game.get("players")) {
            if (player.has("bot_time_ms")) {
                bot = player;
            }
        }
        if (bot == null) {
            throw new IllegalStateException("the server timed no steps of the bot (see " + dir.resolve("game") + ")");
        }
        JsonNode times = bot.get("bot_time_ms");
        String note = String.format(Locale.ROOT, "WickedZerg.jar as AI Arena starts it (the strategy's defaults) vs sim "
                        + "serve, Medium Terran, seed 1, %s, %d loops, %s; %d steps: p50 %.3f ms, p99 %.3f ms; setup (join to first step) %.0f ms",
                game.get("map").asText(), game.get("final_loop").asLong(), bot.get("result").asText(),
                times.get("steps").asInt(), times.get("p50").asDouble(), times.get("p99").asDouble(),
                times.get("setup").asDouble());
        return List.of(
                Row.measured(ROW_MEAN, times.get("mean").asDouble(), "ms",
                        Target.atMost(10, "CI games' mean step rule, well under AI Arena's 40 ms"), note),
                Row.measured(ROW_MAX, times.get("max").asDouble(), "ms", Target.atMost(40, "AI Arena: a longer step "
                        + "is a strike"), note),
                Row.measured(ROW_STRIKES, bot.get("steps_over_40ms").asInt(), "steps",
                        Target.atMost(10, "AI Arena: 10 strikes lose the game"), note));
    }

    /** One match to its end; {@code loopLimit} null for a whole game. Returns the server's summary of it. */
    private static JsonNode play(BenchSettings settings, Path dir, Path botDir, Path strategy, String name,
                                 String loopLimit) throws Exception {
        Path runDir = Files.createDirectories(dir.resolve(name));
        Path summary = runDir.resolve("server-summary.json").toAbsolutePath();
        List<String> args = new ArrayList<>(List.of("sim", "serve", "--port", "0", "--computer-race", "terran",
                "--difficulty", "medium", "--seed", "1", "--summary-json", summary.toString()));
        if (loopLimit != null) {
            args.addAll(List.of("--loop-limit", loopLimit));
        }
        try (ChildProcess server = ChildProcess.start(AppCommand.of(settings, List.of(), args), settings.projectDir(),
                AppCommand.environment(runDir.resolve("server"), "bench-server"), runDir.resolve("server.log"),
                LadderBot.SERVER_LISTENING)) {
            String port = server.await(PATIENCE).match().group(1);
            List<String> bot = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            bot.addAll(LadderBot.aiArenaArgs(port));
            bot.addAll(List.of("--strategy-file", strategy.toString()));
            Optional<Integer> exit;
            try (ChildProcess ladderBot = ChildProcess.start(bot, botDir,
                    AppCommand.environment(dir.resolve("bot-data"), "bench-ladder"), runDir.resolve("bot.log"), null)) {
                exit = ladderBot.waitFor(PATIENCE);
            }
            if (exit.isEmpty() || exit.get() != 0 || !Files.exists(summary)) {
                throw new IllegalStateException("the ladder bot's " + name + " " + exit.map(code -> "exited with " + code)
                        .orElse("did not end within " + PATIENCE.toSeconds() + " s") + " (see " + runDir + ")");
            }
        }
        return new ObjectMapper().readTree(summary.toFile()).get("games").get(0);
    }
}
