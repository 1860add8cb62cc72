package io.wickedzerg.services.telemetry;

/** What the new events of one batch add to one game's row. */
final class GameAggregate {

    final String gameId;
    final String runId;
    long firstLoop = Long.MAX_VALUE;
    long lastLoop = Long.MIN_VALUE;
    long count;
    String instanceId;
    String opponent;
    String map;
    String result;

    GameAggregate(String gameId, String runId) {
        this.gameId = gameId;
        this.runId = runId;
    }

    void add(StoredEvent event) {
        firstLoop = Math.min(firstLoop, event.gameLoop());
        lastLoop = Math.max(lastLoop, event.gameLoop());
        count++;
        if ("game_start".equals(event.kind())) {
            instanceId = firstNonNull(event.text("instance_id"), instanceId);
            opponent = firstNonNull(event.text("opponent"), opponent);
            map = firstNonNull(event.text("map"), map);
        } else if ("game_end".equals(event.kind())) {
            result = firstNonNull(event.text("result"), result);
            opponent = firstNonNull(event.text("opponent"), opponent);
            map = firstNonNull(event.text("map"), map);
        }
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? clip(a) : b;
    }

    private static String clip(String text) {
        return text.length() > 128 ? text.substring(0, 128) : text;
    }
}
