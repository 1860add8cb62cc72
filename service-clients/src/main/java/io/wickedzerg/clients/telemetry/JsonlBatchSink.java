package io.wickedzerg.clients.telemetry;

import io.wickedzerg.clients.http.Deadline;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local mode: every event as one JSON line in {@code <dir>/<game id>.jsonl}, one file per game, the
 * same objects the service would receive. Files are appended, so a run that restarts a game id
 * continues its file.
 */
final class JsonlBatchSink implements BatchSink {

    private static final Logger LOG = LoggerFactory.getLogger(JsonlBatchSink.class);
    private static final int MAX_OPEN_FILES = 4;

    private final Path dir;
    private final TelemetryBatchEncoder encoder;
    private final TelemetryCounters counters;
    private final List<Path> files = new CopyOnWriteArrayList<>();
    /** Most recently used last; games rarely interleave, so a handful of open files is plenty. */
    private final LinkedHashMap<String, OutputStream> open = new LinkedHashMap<>(8, 0.75f, true);
    private long failures;

    JsonlBatchSink(Path dir, TelemetryBatchEncoder encoder, TelemetryCounters counters) {
        this.dir = dir;
        this.encoder = encoder;
        this.counters = counters;
    }

    @Override
    public boolean deliver(List<SequencedEvent> events, Deadline deadline) {
        boolean allWritten = true;
        Map<String, List<SequencedEvent>> byGame = new LinkedHashMap<>();
        for (SequencedEvent event : events) {
            byGame.computeIfAbsent(String.valueOf(event.event().gameId()), g -> new ArrayList<>()).add(event);
        }
        for (Map.Entry<String, List<SequencedEvent>> game : byGame.entrySet()) {
            try {
                OutputStream out = streamFor(game.getKey());
                for (SequencedEvent event : game.getValue()) {
                    out.write(encoder.line(event));
                }
                out.flush();
                counters.delivered.add(game.getValue().size());
            } catch (IOException disk) {
                // local mode has nowhere else to put them: counted, never silent
                counters.lostToDiskErrors.add(game.getValue().size());
                allWritten = false;
                closeQuietly(open.remove(game.getKey()));
                if (failures++ % 100 == 0) {
                    LOG.warn("cannot write telemetry file for game {} under {}: {}", game.getKey(), dir,
                            disk.toString());
                }
            }
        }
        return allWritten;
    }

    private OutputStream streamFor(String gameId) throws IOException {
        OutputStream out = open.get(gameId);
        if (out != null) {
            return out;
        }
        Files.createDirectories(dir);
        Path file = dir.resolve(fileNameFor(gameId));
        out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE), 64 * 1024);
        open.put(gameId, out);
        if (!files.contains(file)) {
            files.add(file);
        }
        Iterator<Map.Entry<String, OutputStream>> eldest = open.entrySet().iterator();
        while (open.size() > MAX_OPEN_FILES && eldest.hasNext()) {
            closeQuietly(eldest.next().getValue());
            eldest.remove();
        }
        return out;
    }

    /** Game ids become file names: anything but letters, digits, '-', '_' and '.' turns into '_'. */
    static String fileNameFor(String gameId) {
        String safe = gameId.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.isEmpty() || safe.startsWith(".")) {
            safe = "game" + safe;
        }
        return safe + ".jsonl";
    }

    @Override
    public boolean idleWork() {
        return false;
    }

    @Override
    public void abort() {
        // nothing waits on the network here
    }

    @Override
    public void close() {
        for (OutputStream out : open.values()) {
            closeQuietly(out);
        }
        open.clear();
    }

    private static void closeQuietly(OutputStream out) {
        if (out == null) {
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            LOG.warn("closing a telemetry file failed: {}", e.toString());
        }
    }

    @Override
    public String breakerState() {
        return "NONE";
    }

    @Override
    public String describeDestination() {
        return "local JSONL files under " + dir + " (one per game)";
    }

    @Override
    public List<Path> files() {
        return List.copyOf(files);
    }

    Path dir() {
        return dir;
    }
}
