package io.wickedzerg.app;

import java.nio.file.Path;

/** Files of the checkout (config/...): surefire passes the project root as {@code wz.projectRoot}. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    public static Path root() {
        return Path.of(System.getProperty("wz.projectRoot", "..")).toAbsolutePath().normalize();
    }

    public static Path path(String relative) {
        return root().resolve(relative);
    }
}
