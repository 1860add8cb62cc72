package io.wickedzerg.clients.learning;

import io.wickedzerg.clients.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The last model the service sent, on disk, so that a game can start with it when the service is away. */
final class ModelCache {

    private static final Logger LOG = LoggerFactory.getLogger(ModelCache.class);

    private final Path file;
    private final TrainingJson json;

    ModelCache(Path file, TrainingJson json) {
        this.file = file;
        this.json = json;
    }

    Optional<StrategyModel> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.model(Files.readAllBytes(file), null));
        } catch (IOException unreadable) {
            LOG.warn("cached model {} is unreadable ({}); ignoring it", file, unreadable.getMessage());
            return Optional.empty();
        }
    }

    /** Written to a temporary file and renamed, so a crash never leaves half a model. */
    void write(StrategyModel model) {
        try {
            AtomicFiles.replace(file, json.model(model));
        } catch (IOException disk) {
            LOG.warn("could not cache model {} at {}: {}", model.version(), file, disk.toString());
        }
    }

    Path path() {
        return file;
    }
}
