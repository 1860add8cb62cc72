package io.wickedzerg.sim.replay.view;

import io.wickedzerg.sim.map.GameMap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the replay page ({@link ReplayHtml}) to a file, creating its folder. */
public final class ReplayPage {
    private ReplayPage() {
    }

    public static Path write(GameMap map, ReplayMeta meta, List<Frame> frames, Path out) throws IOException {
        String html = ReplayHtml.render(map, meta, frames);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(out, html, StandardCharsets.UTF_8);
        return out;
    }
}
