package io.wickedzerg.bot.telemetry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Draws a game's end-of-game chart from its samples. The command line brings a renderer; the ladder
 * bot has none: nobody looks at a PNG on AI Arena, and the bot's jar stays free of a plotting library
 * and of AWT.
 */
@FunctionalInterface
public interface ChartRenderer {

    /** Draws nothing. */
    ChartRenderer NONE = (points, title, file) -> Optional.empty();

    /** Writes the chart to {@code file}; the file written, or empty when this renderer draws nothing. */
    Optional<Path> write(List<ChartPoint> points, String title, Path file) throws IOException;
}
