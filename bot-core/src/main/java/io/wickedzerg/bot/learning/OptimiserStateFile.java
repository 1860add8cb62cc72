package io.wickedzerg.bot.learning;

import io.wickedzerg.clients.io.AtomicFiles;
import io.wickedzerg.clients.io.Fsync;
import io.wickedzerg.optimiser.OptimiserJson;
import io.wickedzerg.optimiser.OptimiserState;
import io.wickedzerg.optimiser.ParameterSpace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local learner's optimiser state on disk. Written whole to a sibling and renamed over the file, so a crash
 * leaves the previous state or the new one, never half of one. A file that cannot be read, or that holds a state
 * for other parameters or build orders than the config's, is moved aside (kept, not deleted) with a warning, and
 * the learner starts again; a broken file must not stop the bot from playing.
 */
final class OptimiserStateFile {

    private static final Logger LOG = LoggerFactory.getLogger(OptimiserStateFile.class);

    private final Path file;
    private final Fsync fsync;
    private final OptimiserJson json = new OptimiserJson();

    OptimiserStateFile(Path file, Fsync fsync) {
        this.file = file;
        this.fsync = fsync;
    }

    Path path() {
        return file;
    }

    /** The stored state when there is one, readable and over {@code space}; else empty (the file moved aside). */
    Optional<OptimiserState> read(ParameterSpace space) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        OptimiserState state;
        try {
            state = json.read(Files.readAllBytes(file));
        } catch (IOException e) {
            moveAside(".broken", "is unreadable (" + e.getMessage() + ")");
            return Optional.empty();
        }
        if (!state.space().equals(space)) {
            moveAside(".replaced", "was learned over other parameters, ranges or build orders than config/ has now");
            return Optional.empty();
        }
        return Optional.of(state);
    }

    void write(OptimiserState state) throws IOException {
        AtomicFiles.replace(file, json.write(state), fsync);
    }

    private void moveAside(String suffix, String why) {
        Path aside = file.resolveSibling(file.getFileName() + suffix);
        try {
            AtomicFiles.move(file, aside, fsync);
            LOG.warn("optimiser state {} {}; kept as {}, learning starts again from the defaults", file, why, aside);
        } catch (IOException e) {
            LOG.warn("optimiser state {} {}; learning starts again from the defaults (it stays where it is: {})", file,
                    why, e.toString());
        }
    }
}
