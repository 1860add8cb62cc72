package io.wickedzerg.clients.spool;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

/**
 * Requests a service refused for good (a 4xx other than 408/429), one JSON line each, kept for a
 * person to look at: {@code {"at","batch_id","status","reason","records","body"}}.
 */
public final class DeadLetterFile {

    private final JsonFactory json = new JsonFactory();
    private final Path file;
    private final Clock clock;

    public DeadLetterFile(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public Path path() {
        return file;
    }

    /** Appends one refused request; {@code body} is its JSON text. */
    public void append(String batchId, int status, String reason, int records, String body) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(body.length() + 128);
        try (JsonGenerator out = json.createGenerator(line, JsonEncoding.UTF8)) {
            out.writeStartObject();
            out.writeStringField("at", clock.instant().toString());
            out.writeStringField("batch_id", batchId);
            out.writeNumberField("status", status);
            out.writeStringField("reason", reason);
            out.writeNumberField("records", records);
            out.writeStringField("body", body);
            out.writeEndObject();
        }
        line.write('\n');
        Files.createDirectories(file.getParent());
        Files.write(file, line.toByteArray(), StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE, StandardOpenOption.DSYNC);
    }

    /** Convenience for bodies that are UTF-8 bytes. */
    public void append(String batchId, int status, String reason, int records, byte[] utf8Body) throws IOException {
        append(batchId, status, reason, records, new String(utf8Body, StandardCharsets.UTF_8));
    }
}
