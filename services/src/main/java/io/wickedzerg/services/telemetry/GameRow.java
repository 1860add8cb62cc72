package io.wickedzerg.services.telemetry;

/** One game as {@code GET /api/games} lists it; opponent, map and result are null until an event told them. */
public record GameRow(String gameId, String runId, String instanceId, String opponent, String map, String result,
                      long firstLoop, long lastLoop, long eventCount, long firstSeenMs, long lastSeenMs) {
}
