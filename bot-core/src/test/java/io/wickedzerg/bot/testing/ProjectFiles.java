package io.wickedzerg.bot.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the checkout (config/...), found from surefire's project root or by walking up. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    public static Path root() {
        String configured = System.getProperty("wz.projectRoot");
        if (configured != null && Files.isDirectory(Path.of(configured, "config"))) {
            return Path.of(configured);
        }
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("config/build-orders"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("project root with config/build-orders not found");
        }
        return p;
    }

    public static Path path(String relative) {
        return root().resolve(relative);
    }
}
