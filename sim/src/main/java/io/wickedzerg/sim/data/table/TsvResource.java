package io.wickedzerg.sim.data.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A generated table shipped as a class-path resource: a header line, then one row a line. */
public final class TsvResource {
    private TsvResource() {
    }

    /** Reads one row; {@code lineNumber} names it in errors. */
    @FunctionalInterface
    public interface RowReader<M> {
        M read(String row, int lineNumber);
    }

    /** The rows of {@code name} beside {@code anchor}, after checking the header. */
    public static <M> List<M> read(Class<?> anchor, String name, String header, RowReader<M> reader) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " missing beside " + anchor.getName());
        }
        List<M> out = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String first = lines.readLine();
            if (!header.equals(first)) {
                throw new IllegalStateException(name + ": header must be '" + header + "', was '" + first + "'");
            }
            int number = 1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                out.add(reader.read(line, number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
        return out;
    }
}
