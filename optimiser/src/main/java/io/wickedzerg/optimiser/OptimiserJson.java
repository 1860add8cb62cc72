package io.wickedzerg.optimiser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The state as JSON (snake_case keys, times as ISO-8601 instants), for a file or a database column. Reading is
 * strict: an unknown key or a candidate outside its space is an error naming it, never a half-read state.
 */
public final class OptimiserJson {

    private final ObjectMapper mapper = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .registerModule(new SimpleModule("instants")
                    .addSerializer(Instant.class, new InstantWriter())
                    .addDeserializer(Instant.class, new InstantReader()));

    public byte[] write(OptimiserState state) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(state);
        } catch (IOException e) {
            throw new IllegalStateException("optimiser state cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    public String writeString(OptimiserState state) {
        return new String(write(state), StandardCharsets.UTF_8);
    }

    /** @throws IOException when the text is not a state this version can read; the message says where */
    public OptimiserState read(byte[] json) throws IOException {
        try {
            return mapper.readValue(json, OptimiserState.class);
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            // Jackson reports the records' own checks as IOExceptions; whatever else it lets through is reported the
            // same way, so a reader handles one kind of failure (a bot moves the file aside and plays on)
            throw new IOException("not a valid optimiser state: " + e.getMessage(), e);
        }
    }

    public OptimiserState read(String json) throws IOException {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static final class InstantWriter extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class InstantReader extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException | NullPointerException e) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "expected an ISO-8601 instant");
            }
        }
    }
}
