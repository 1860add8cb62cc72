package io.wickedzerg.sim.replay.view;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.engine.TestGames;
import io.wickedzerg.sim.map.GameMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplayHtmlTest {
    private static final String HOSTILE = "</script><script>alert(1)</script>/*WZ_SCRIPT*/";

    @TempDir
    Path dir;

    @Test
    void thePageIsOneFileThatFetchesNothingAndEmbedsTheGame() {
        Game game = TestGames.zergAgainstIdleTerran();
        List<Frame> frames = record(game, 40);

        String html = ReplayHtml.render(game.setup().map(), ReplayMeta.of(game), frames);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("window.wzReplay", "<canvas id=\"map\"",
                "\"map\":\"" + game.setup().map().name() + "\"", "\"finalLoop\":40", "\"name\":\"Hatchery\"");
        assertThat(html).doesNotContain("/*WZ_", "<script src", "<link", "http://", "https://", "@import");
        assertThat(html).containsOnlyOnce("id=\"wz-data\"");
    }

    @Test
    void playerNamesCannotBreakOutOfTheEmbeddedData() {
        Game game = TestGames.zergAgainstIdleTerran();
        ReplayMeta meta = new ReplayMeta("Wicked Cove", List.of(new ReplayMeta.Player(1, HOSTILE, Race.ZERG, "Victory"),
                new ReplayMeta.Player(2, "b", Race.TERRAN, "Defeat")), 1, 0);

        String html = ReplayHtml.render(game.setup().map(), meta, record(game, 0));

        // the data element's and the script element's own closing tags, and no others
        assertThat(html.split("</script>", -1)).hasSize(3);
        assertThat(html).contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)");
        assertThat(html).containsOnlyOnce("window.wzReplay = Object.freeze");
    }

    @Test
    void writesTheFileCreatingItsFolder() throws Exception {
        Game game = TestGames.zergAgainstIdleTerran();
        List<Frame> frames = record(game, 8);
        GameMap map = game.setup().map();
        Path out = dir.resolve("ci/artifacts/replay.html");

        assertThat(ReplayPage.write(map, ReplayMeta.of(game), frames, out)).isEqualTo(out);
        assertThat(Files.readString(out)).isEqualTo(ReplayHtml.render(map, ReplayMeta.of(game), frames));
    }

    @Test
    void refusesNoFramesAndFramesOutOfOrder() {
        Game game = TestGames.zergAgainstIdleTerran();
        GameMap map = game.setup().map();
        ReplayMeta meta = ReplayMeta.of(game);
        Frame first = FrameSampler.sample(game);
        game.step(8);
        Frame later = FrameSampler.sample(game);

        assertThatThrownBy(() -> ReplayHtml.render(map, meta, List.of()))
                .hasMessage("frames must hold at least one frame");
        assertThatThrownBy(() -> ReplayHtml.render(map, meta, List.of(later, first)))
                .hasMessage("frames must be in increasing loop order: loop 0 comes after loop 8");
    }

    private static List<Frame> record(Game game, int loops) {
        FrameRecorder recorder = new FrameRecorder(8);
        recorder.accept(game);
        for (int i = 0; i < loops; i++) {
            game.step(1);
            recorder.accept(game);
        }
        return recorder.frames();
    }
}
