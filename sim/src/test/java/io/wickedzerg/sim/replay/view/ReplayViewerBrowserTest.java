package io.wickedzerg.sim.replay.view;

import io.wickedzerg.sim.ai.BuiltInAiFactory;
import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.engine.Difficulty;
import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.engine.GameSetup;
import io.wickedzerg.sim.engine.PlayerSlot;
import io.wickedzerg.sim.map.BuiltInMaps;
import io.wickedzerg.sim.map.GameMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The replay page of a real engine game (two built-in computers) in headless Chromium: the timeline moves the
 * picture to the loop asked for, the canvas draws exactly the frame's units there, the side panel shows the frame's
 * bank and supply, play advances the loop, and nothing is fetched. Leaves the page and a screenshot in
 * {@code target/replay-viewer/} for a human to look at.
 */
class ReplayViewerBrowserTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Path OUT = Path.of("target", "replay-viewer");
    /** Ten game minutes: armies out and fighting, and the size of a page a bot author gets after a typical game. */
    private static final int LOOPS = 10 * 1344;
    /** Measured 1.3 MB for this game at 8 loops a frame; the bound catches an encoding that stops being compact. */
    private static final long MAX_PAGE_BYTES = 4_000_000;

    private static List<Frame> frames;
    private static Path page;
    private static ChromeDriver browser;

    @BeforeAll
    static void recordAGameAndOpenItsPage() throws Exception {
        GameMap map = BuiltInMaps.standard().defaultMap();
        Game game = new Game(GameSetup.builder(map)
                .player(new PlayerSlot(1, Race.ZERG, true, Difficulty.HARD, "Zerg AI"))
                .player(new PlayerSlot(2, Race.TERRAN, true, Difficulty.HARD, "Terran AI"))
                .computers(new BuiltInAiFactory())
                .seed(7)
                .build());
        FrameRecorder recorder = new FrameRecorder();
        recorder.accept(game);
        long started = System.nanoTime();
        while (game.gameLoop() < LOOPS && !game.isOver()) {
            game.step(1);
            recorder.accept(game);
        }
        frames = recorder.frames();
        page = ReplayPage.write(map, ReplayMeta.of(game), frames, OUT.resolve("replay.html"));
        System.out.printf("replay page: %d loops, %d frames, %d bytes, game + sampling %d ms%n", game.gameLoop(),
                frames.size(), Files.size(page), (System.nanoTime() - started) / 1_000_000);
        assertThat(Files.size(page)).as("page size").isLessThan(MAX_PAGE_BYTES);
        browser = HeadlessChromium.start(1400, 900);
        browser.get(page.toUri().toString());
        await("the page's script ran", b -> js("return typeof window.wzReplay === 'object';").equals(true));
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theTimelineShowsExactlyTheFramesUnitsAndBankAtTheLoopItIsMovedTo() {
        assertThat(browser.findElement(By.id("timeline")).getAttribute("max"))
                .isEqualTo(String.valueOf(last().loop()));
        assertThat(drawnAfterMovingTheTimelineTo(0)).isEqualTo(frames.get(0).units().size());

        Frame middle = frames.get(frames.size() / 2);
        // a loop between two samples shows the sample before it
        assertThat(drawnAfterMovingTheTimelineTo(middle.loop() + 3)).isEqualTo(middle.units().size());
        assertThat(attribute("data-frame-loop")).isEqualTo(String.valueOf(middle.loop()));
        panelShows(middle);

        browser.findElement(By.id("timeline")).sendKeys(Keys.END);
        await("the end of the timeline", b -> attribute("data-loop").equals(String.valueOf(last().loop())));
        assertThat(Integer.parseInt(attribute("data-drawn-units"))).isEqualTo(last().units().size())
                .isNotEqualTo(frames.get(0).units().size());
        panelShows(last());
    }

    @Test
    void everyFrameIsDrawnWithExactlyItsUnits() {
        assertThat(js("return window.wzReplay.frameLoops();"))
                .isEqualTo(frames.stream().map(Frame::loop).toList());
        Object drawn = js("return window.wzReplay.frameLoops().map(l => { window.wzReplay.seek(l);"
                + " return window.wzReplay.drawnUnitCount(); });");
        assertThat(drawn).isEqualTo(frames.stream().map(f -> (long) f.units().size()).toList());
    }

    @Test
    void playAdvancesTheLoopUntilPaused() {
        long from = frames.get(frames.size() / 4).loop();
        drawnAfterMovingTheTimelineTo(from);
        browser.findElement(By.id("play")).click();
        long later = from + 2L * FrameRecorder.DEFAULT_EVERY_LOOPS;
        await("the replay playing on", b -> Long.parseLong(attribute("data-loop")) > later);
        browser.findElement(By.id("play")).click();
        await("the replay paused", b -> js("return window.wzReplay.playing();").equals(false));
        String paused = attribute("data-loop");
        assertThat(js("return window.wzReplay.currentLoop();")).isEqualTo(Long.parseLong(paused));
    }

    @Test
    void thePageFetchesNothingAndMarksTheFightingForAScreenshot() throws Exception {
        assertThat(js("return performance.getEntriesByType('resource').length;")).isEqualTo(0L);
        new Actions(browser).moveToElement(browser.findElement(By.id("title"))).perform(); // no tooltip in the picture
        // the moment most units are hurt: the biggest fight, the picture a bot author looks for
        int fiercest = IntStream.range(1, frames.size()).boxed()
                .max(Comparator.comparingInt(i -> hurt(frames.get(i - 1), frames.get(i)).size())).orElseThrow();
        Frame fight = frames.get(fiercest);
        List<FrameUnit> hurt = hurt(frames.get(fiercest - 1), fight);
        assertThat(hurt).as("units hurt in the game's biggest fight").hasSizeGreaterThan(3);
        assertThat(js("return window.wzReplay.seek(" + fight.loop() + ");")).isEqualTo(fight.loop());
        assertThat(Integer.parseInt(attribute("data-drawn-units"))).isEqualTo(fight.units().size());
        assertThat(Integer.parseInt(attribute("data-hit-units"))).as("units ringed as hurt").isEqualTo(hurt.size());
        screenshot("replay.png");

        // the wheel zooms in about the pointer: the fight stays under it, every unit still drawn
        double x = hurt.stream().mapToDouble(FrameUnit::x).average().orElseThrow();
        double y = hurt.stream().mapToDouble(FrameUnit::y).average().orElseThrow();
        List<Double> before = pixelOf(x, y);
        WebElement canvas = browser.findElement(By.id("map"));
        WheelInput.ScrollOrigin atTheFight = WheelInput.ScrollOrigin.fromElement(canvas,
                (int) Math.round(before.get(0) - canvas.getRect().getWidth() / 2.0),
                (int) Math.round(before.get(1) - canvas.getRect().getHeight() / 2.0));
        for (int notch = 0; notch < 6; notch++) {
            new Actions(browser).scrollFromOrigin(atTheFight, 0, -120).perform();
        }
        await("zoomed in", b -> Double.parseDouble(attribute("data-zoom")) > 3);
        List<Double> after = pixelOf(x, y);
        // the pointer lands within a pixel of the fight (whole pixels from the canvas' centre); zooming widens that
        double zoom = Double.parseDouble(attribute("data-zoom"));
        assertThat(after.get(0)).isCloseTo(before.get(0), within(zoom + 1));
        assertThat(after.get(1)).isCloseTo(before.get(1), within(zoom + 1));
        assertThat(Integer.parseInt(attribute("data-drawn-units"))).isEqualTo(fight.units().size());
        screenshot("replay-fight.png");
    }

    @Test
    void theUnitUnderThePointerIsNamed() {
        WebElement canvas = browser.findElement(By.id("map"));
        new Actions(browser).doubleClick(canvas).perform();
        await("the whole map", b -> attribute("data-zoom").equals("1.00"));
        drawnAfterMovingTheTimelineTo(0);
        FrameUnit townhall = frames.get(0).units().stream().filter(u -> u.owner() == 2 && u.structure()).findFirst()
                .orElseThrow();
        List<Double> at = pixelOf(townhall.x(), townhall.y());
        new Actions(browser).moveToElement(canvas, (int) Math.round(at.get(0) - canvas.getRect().getWidth() / 2.0),
                (int) Math.round(at.get(1) - canvas.getRect().getHeight() / 2.0)).perform();
        await("the tooltip", b -> b.findElement(By.id("tooltip")).isDisplayed());
        assertThat(text("tooltip")).startsWith(townhall.typeName() + " · P2 · life 100%");
        assertThat(text("hover")).contains("tag " + townhall.tag());
    }

    private static void screenshot(String name) throws Exception {
        Path png = OUT.resolve(name);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), png, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    @SuppressWarnings("unchecked")
    private static List<Double> pixelOf(double x, double y) {
        return ((List<Number>) js("return window.wzReplay.pixelOf(" + x + ", " + y + ");")).stream()
                .map(Number::doubleValue).toList();
    }


    /** Units with less life than a frame before, in whole percent as the page has them. */
    private static List<FrameUnit> hurt(Frame before, Frame now) {
        Map<List<Object>, Integer> lifeBefore = new HashMap<>();
        before.units().forEach(u -> lifeBefore.put(List.of(u.tag(), u.type(), u.owner()), percent(u.life())));
        return now.units().stream().filter(u -> percent(u.life())
                < lifeBefore.getOrDefault(List.of(u.tag(), u.type(), u.owner()), 0)).toList();
    }

    private static int percent(float life) {
        return (int) Math.ceil(life * 100 - 1e-4);
    }

    /** Moves the slider as a drag does (sets its value, fires input) and returns what the canvas says it drew. */
    private static int drawnAfterMovingTheTimelineTo(long loop) {
        js("const t = document.getElementById('timeline'); t.value = " + loop
                + "; t.dispatchEvent(new Event('input', {bubbles: true})); return null;");
        await("the picture at loop " + loop, b -> attribute("data-loop").equals(String.valueOf(loop)));
        return Integer.parseInt(attribute("data-drawn-units"));
    }

    private static void panelShows(Frame frame) {
        for (PlayerFrame p : frame.players()) {
            assertThat(text("p" + p.playerId() + "-minerals")).isEqualTo(String.valueOf(p.minerals()));
            assertThat(text("p" + p.playerId() + "-vespene")).isEqualTo(String.valueOf(p.vespene()));
            assertThat(text("p" + p.playerId() + "-supply")).isEqualTo(p.supplyUsed() + " / " + p.supplyCap());
            assertThat(text("p" + p.playerId() + "-army")).isEqualTo(p.armySupply() + " (" + p.armyUnits() + ")");
        }
    }

    private static Frame last() {
        return frames.get(frames.size() - 1);
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static String attribute(String name) {
        return browser.findElement(By.id("map")).getAttribute(name);
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static void await(String what, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, DEADLINE).withMessage(what + " within " + DEADLINE.toSeconds() + " s")
                .ignoring(JavascriptException.class)
                .until(condition::apply);
    }
}
