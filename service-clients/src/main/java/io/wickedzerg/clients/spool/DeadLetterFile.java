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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests a service refused for good (a 4xx other than 408/429), one JSON line each, kept for a
 * person to look at: {@code {"at","batch_id","status","reason","records","body"}}. The file has a size
 * cap: a service that refuses everything (a wrong API key) must not fill the disk. Past the cap the
 * first lines are kept, the newer ones are not written, and the caller counts them.
 */
public final class DeadLetterFile {

    /** Some dozens of the largest batches; a person reads the first ones anyway. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterFile.class);

    private final JsonFactory json = new JsonFactory();
    private final Path file;
    private final Clock clock;
    private final long maxBytes;
    /** Bytes in the file, read from disk at the first append (an earlier run may have left some). */
    private long bytes = -1;
    private boolean capReported;

    public DeadLetterFile(Path file, Clock clock) {
        this(file, clock, DEFAULT_MAX_BYTES);
    }

    public DeadLetterFile(Path file, Clock clock, long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes: must be >= 1, was " + maxBytes);
        }
        this.file = file;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    public Path path() {
        return file;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Appends one refused request; {@code body} is its JSON text.
     *
     * @return false when the line would take the file past its cap: nothing was written
     */
    public synchronized boolean append(String batchId, int status, String reason, int records, String body)
            throws IOException {
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
        if (bytes < 0) {
            bytes = Files.exists(file) ? Files.size(file) : 0;
        }
        if (bytes + line.size() > maxBytes) {
            if (!capReported) {
                capReported = true;
                LOG.warn("dead-letter file {} is at its cap of {} bytes: later refused requests are counted, "
                        + "not kept", file, maxBytes);
            }
            return false;
        }
        Files.createDirectories(file.getParent());
        Files.write(file, line.toByteArray(), StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE, StandardOpenOption.DSYNC);
        bytes += line.size();
        return true;
    }

    /** Convenience for bodies that are UTF-8 bytes. */
    public boolean append(String batchId, int status, String reason, int records, byte[] utf8Body)
            throws IOException {
        return append(batchId, status, reason, records, new String(utf8Body, StandardCharsets.UTF_8));
    }
}
