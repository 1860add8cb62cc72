package io.wickedzerg.app.learn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code games.jsonl}: every finished game, one JSON line each, appended and forced to disk as the game ends. It is
 * what a run is: the optimiser's state is rebuilt from it on resume (the optimiser is deterministic for its seed and
 * the results in the order given), so a crash loses at most the games that were still being played. A line cut
 * short by a crash is cut off when the journal is opened; a bad line anywhere else is an error naming it.
 */
public final class Journal {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private final Path file;
    private final List<GameRecord> records;

    private Journal(Path file, List<GameRecord> records) {
        this.file = file;
        this.records = records;
    }

    /** Reads the journal (none yet: empty) and cuts off a torn last line. */
    public static Journal open(Path file) throws IOException {
        List<GameRecord> read = new ArrayList<>();
        if (!Files.exists(file)) {
            return new Journal(file, read);
        }
        byte[] bytes = Files.readAllBytes(file);
        int start = 0;
        int line = 1;
        while (start < bytes.length) {
            int end = indexOf(bytes, (byte) '\n', start);
            if (end < 0) {
                // no newline: the write of this line never finished
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.truncate(start);
                    channel.force(true);
                }
                break;
            }
            String text = new String(bytes, start, end - start, StandardCharsets.UTF_8);
            try {
                read.add(JSON.readValue(text, GameRecord.class));
            } catch (JsonProcessingException e) {
                throw new IOException(file + " line " + line + ": not a game record: " + e.getOriginalMessage(), e);
            }
            start = end + 1;
            line++;
        }
        return new Journal(file, read);
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Every game recorded so far, in the order they ended. */
    public List<GameRecord> records() {
        return List.copyOf(records);
    }

    /** Appends {@code record} and forces it to disk before returning. */
    public void append(GameRecord record) throws IOException {
        byte[] line = (JSON.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        // fsync flushes the file whichever descriptor asks
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        records.add(record);
    }
}
