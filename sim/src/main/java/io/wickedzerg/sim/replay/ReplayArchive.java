package io.wickedzerg.sim.replay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where a server keeps its finished games: each game's replay in the replay folder (if one was given), and the
 * list of games in the summary JSON (if one was given), rewritten after each game. A file that cannot be written
 * is logged and the game goes on being listed: losing a replay must not stop the server.
 */
public final class ReplayArchive {
    private static final Logger log = LoggerFactory.getLogger(ReplayArchive.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final Path replayDir;
    private final Path summaryJson;
    private final Clock clock;
    private final List<SavedGame> games = new CopyOnWriteArrayList<>();

    /** Either path may be null: no replay files, or no summary. */
    public ReplayArchive(Path replayDir, Path summaryJson, Clock clock) {
        this.replayDir = replayDir;
        this.summaryJson = summaryJson;
        this.clock = clock;
    }

    /** Archives a finished game and its bots' times (by player id); returns what was kept. Called on the game thread. */
    public SavedGame save(Replay replay, Map<Integer, BotTimes> botTimes) {
        int number = games.size() + 1;
        ReplaySettings s = replay.settings();
        Path file = replayDir == null ? null : write(replay, number);
        SavedGame saved = new SavedGame(number, file, s.map().name(), s.seed(), replay.end().finalLoop(),
                replay.end().finalHash(), s.players(), replay.end().results(), botTimes);
        games.add(saved);
        if (summaryJson != null) {
            try {
                GameSummaryJson.write(summaryJson, games);
            } catch (IOException e) {
                log.error("cannot write --summary-json {}: {}", summaryJson, e.toString());
            }
        }
        log.info("game {} archived: final loop {}, state hash {}, results {}{}", number, saved.finalLoop(),
                saved.finalHashHex(), saved.results(), file == null ? "" : ", replay " + file);
        botTimes.forEach((player, t) -> log.info("game {}: player {}'s time, as AI Arena counts it: {} steps, mean {} "
                + "ms, p99 {} ms, max {} ms, {} over {} ms; setup {} ms", number, player, t.steps(), ms(t.meanMillis()),
                ms(t.p99Millis()), ms(t.maxMillis()), t.stepsOverLimit(), (int) BotTimes.STRIKE_MILLIS,
                ms(t.setupMillis())));
        return saved;
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.2f", millis);
    }

    /** Every game archived so far, oldest first; safe to read from any thread. */
    public List<SavedGame> games() {
        return List.copyOf(games);
    }

    private Path write(Replay replay, int number) {
        String map = replay.settings().map().name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        String base = LocalDateTime.now(clock).format(STAMP) + "-g" + number + "-" + map + "-seed"
                + replay.settings().seed();
        try {
            Files.createDirectories(replayDir);
            Path file = replayDir.resolve(base + ".wzreplay");
            for (int i = 2; Files.exists(file); i++) {
                file = replayDir.resolve(base + "-" + i + ".wzreplay");
            }
            Files.write(file, ReplayFormat.write(replay));
            return file;
        } catch (IOException e) {
            log.error("cannot write the replay of game {} into --replay-dir {}: {}", number, replayDir, e.toString());
            return null;
        }
    }
}
