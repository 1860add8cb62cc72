package io.wickedzerg.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A bot's step time as {@code sim serve} timed it, as AI Arena's proxy would (its {@code --summary-json}'s
 * {@code bot_time_ms}): what the bot's own timer does not see, such as reading each answer and collections.
 *
 * @param p99Millis the step time's 99th percentile
 * @param strikes   steps over 40 ms
 */
record ServerClock(double p99Millis, int strikes) {

    /** The bot's times in the first game of a server's summary; empty when there is none (no file, no steps). */
    static Optional<ServerClock> read(Path summary) throws IOException {
        if (!Files.isRegularFile(summary)) {
            return Optional.empty();
        }
        JsonNode games = new ObjectMapper().readTree(summary.toFile()).path("games");
        for (JsonNode player : games.path(0).path("players")) {
            if (player.has("bot_time_ms")) {
                return Optional.of(new ServerClock(player.get("bot_time_ms").get("p99").asDouble(),
                        player.get("steps_over_40ms").asInt()));
            }
        }
        return Optional.empty();
    }
}
