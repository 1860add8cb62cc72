package io.wickedzerg.sim.replay.view;

import io.wickedzerg.sim.map.GameMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The replay page as one self-contained HTML document: our own CSS and script inlined, the game's data embedded
 * as JSON, nothing fetched (no server, no network), so a bot author can open it from a CI artifact.
 */
public final class ReplayHtml {
    private static final String TEMPLATE = "replay.html";
    /** The script's parts, in the order they run: the data made ready, the drawing, the page around it. */
    private static final List<String> SCRIPTS = List.of("replay-model.js", "replay-draw.js", "replay.js");

    private ReplayHtml() {
    }

    /** The page for these frames of a game on this map. */
    public static String render(GameMap map, ReplayMeta meta, List<Frame> frames) {
        String data = ReplayJson.of(map, meta, frames);
        String page = resource(TEMPLATE);
        // the data last, so nothing in it (a player named "/*WZ_SCRIPT*/") is taken for a placeholder
        return page.replace("/*WZ_CSS*/", resource("replay.css"))
                .replace("/*WZ_SCRIPT*/", SCRIPTS.stream().map(ReplayHtml::resource).collect(Collectors.joining("\n")))
                .replace("/*WZ_DATA*/", data);
    }

    private static String resource(String name) {
        try (InputStream in = ReplayHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the replay page's " + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the replay page's " + name, e);
        }
    }
}
