package io.wickedzerg.bench.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The peak used heap from a {@code -Xlog:gc} file: the largest "before" of the pauses ({@code 24M->5M(256M)}). The
 * heap is fullest just before a collection, so this is the peak up to the last one.
 */
final class GcLog {

    private static final Pattern PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private GcLog() {
    }

    static OptionalDouble peakUsedMb(Path file) throws IOException {
        OptionalDouble peak = OptionalDouble.empty();
        for (String line : Files.readAllLines(file)) {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                double before = Double.parseDouble(m.group(1));
                peak = OptionalDouble.of(Math.max(before, peak.orElse(0)));
            }
        }
        return peak;
    }
}
