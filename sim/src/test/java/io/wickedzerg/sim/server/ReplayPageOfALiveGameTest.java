package io.wickedzerg.sim.server;

import com.github.ocraft.s2client.protocol.game.Difficulty;
import com.github.ocraft.s2client.protocol.game.Race;
import io.wickedzerg.sim.replay.Replay;
import io.wickedzerg.sim.replay.ReplayFormat;
import io.wickedzerg.sim.replay.ReplayRunner;
import io.wickedzerg.sim.replay.SavedGame;
import io.wickedzerg.sim.replay.view.FrameSampler;
import io.wickedzerg.sim.replay.view.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path a bot author takes after a CI loss: a live game saved by {@code --replay-dir}, turned into a page
 * by {@code sim replay FILE --html OUT.html}, opened in headless Chromium. At loops picked on the timeline the page
 * draws as many units as a separate re-simulation of the replay has at that loop.
 */
class ReplayPageOfALiveGameTest {
    private static final Path SCREENSHOT = Path.of("target", "replay-viewer", "live-game.png");

    @TempDir
    Path tmp;

    @Test
    void theReplaysPageDrawsTheReplaysUnitsAtEveryLoopAskedFor() throws Exception {
        Path dir = tmp.resolve("replays");
        SavedGame saved;
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).seed(5).loopLimit(3_000)
                .replayDir(dir).build())) {
            OcraftGames.playOut(server, new ScriptedZergAgent(6), Race.TERRAN, Difficulty.MEDIUM, 2, 100_000);
            saved = server.savedGames().get(0);
        }
        Path page = tmp.resolve("page").resolve("game.html");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SimMain.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "replay", saved.replay().toString(), "--html", page.toString());
        assertThat(code).as(out + "" + err).isZero();
        assertThat(out.toString()).contains("replay page " + page.toAbsolutePath());
        assertThat(Files.readString(page)).doesNotContain("http://", "https://");

        Replay replay = ReplayFormat.read(saved.replay());
        ChromeDriver browser = HeadlessChromium.start(1400, 900);
        try {
            browser.get(page.toUri().toString());
            new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(JavascriptException.class)
                    .until(b -> Boolean.TRUE.equals(js(browser, "return typeof window.wzReplay === 'object';")));
            for (long loop : new long[] {0, 800, 1600, 2400, saved.finalLoop() / 8 * 8}) {
                int expected = FrameSampler.sample(ReplayRunner.standard().runTo(replay, loop)).units().size();
                Object drawn = js(browser, "window.wzReplay.seek(" + loop + "); return window.wzReplay.drawnUnitCount();");
                assertThat(((Number) drawn).intValue()).as("units drawn at loop " + loop).isEqualTo(expected);
            }
            Files.createDirectories(SCREENSHOT.getParent());
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.quit();
        }
    }

    private static Object js(ChromeDriver browser, String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
