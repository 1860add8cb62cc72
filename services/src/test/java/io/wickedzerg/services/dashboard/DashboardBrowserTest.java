package io.wickedzerg.services.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser (headless Chromium) against real services seeded with known data:
 * every chart holds exactly the seeded points, an event posted while the page is open appears without
 * a reload, a supervisor restart and stopped services show, and a screenshot is saved as
 * {@code target/dashboard.png}.
 */
class DashboardBrowserTest {

    /** Generous: the page polls every 2 s, and CI's machine is shared. */
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Path SCREENSHOT = Path.of("target", "dashboard.png");

    @TempDir
    Path dir;

    @Test
    void theDashboardShowsTheSeededServicesGamesLearningAndLogsAndFollowsChangesWithoutReloading() throws Exception {
        // the browser first: without chromium the test fails at once, saying what to install
        ChromeDriver browser = HeadlessChromium.start(1400, 2100);
        try (SeededServices services = SeededServices.start(dir)) {
            browser.get(services.dashboard.baseUrl() + "/");
            js(browser, "window.notReloaded = true; return null;");

            seededGameChartsHoldExactlyTheSeededPoints(browser, services);
            healthRegistrySupervisorAndIngestShow(browser, services);
            learningChartHoldsTheStatsAndTheTiersAreListed(browser);
            logsShowAndFilter(browser);
            Files.createDirectories(SCREENSHOT.getParent());
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT,
                    StandardCopyOption.REPLACE_EXISTING);

            anEventPostedWhileThePageIsOpenAppearsWithoutReload(browser, services);
            aFinishedGameShowsItsResultAndTheClientCountersItsBotReported(browser, services);
            aSupervisorRestartShows(browser, services);
            stoppedServicesShowAsDownAndThePageKeepsUpdating(browser, services);
        } finally {
            browser.quit();
        }
    }

    private void seededGameChartsHoldExactlyTheSeededPoints(ChromeDriver browser, SeededServices services) {
        SeededGame live = services.live;
        await(browser, "the live game is listed", b -> !b.findElements(
                By.cssSelector("#live-games tr[data-key='" + live.gameId() + "']")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#finished-games tr[data-key='game-done']"))).hasSize(1);
        click(browser, "#live-games tr[data-key='" + live.gameId() + "']");
        await(browser, "the live game's charts", b -> live.gameId().equals(attribute(b, "game-panel", "data-game-id"))
                && String.valueOf(SeededServices.LIVE_SAMPLES).equals(attribute(b, "game-panel", "data-sample-count")));

        assertThat(chart(browser, "resources")).containsExactly(live.sampleSeconds(), live.column("minerals"),
                live.column("gas"));
        assertThat(chart(browser, "supply")).containsExactly(live.sampleSeconds(), live.column("supply_used"),
                live.column("supply_cap"));
        assertThat(chart(browser, "units")).containsExactly(live.sampleSeconds(), live.column("workers"),
                live.column("army_supply"), live.column("army_count"));
        assertThat(eventPoints(browser)).containsExactlyElementsOf(expectedEvents(live));
        assertThat(browser.findElement(By.id("game-title")).getText())
                .contains("game-live", "Terran VeryHard", "Wicked Cove", "in progress");
    }

    private void healthRegistrySupervisorAndIngestShow(ChromeDriver browser, SeededServices services) {
        await(browser, "every service up", b -> List.of("telemetry", "registry", "learning", "supervisor").stream()
                .allMatch(name -> "up".equals(serviceState(b, name))));
        assertThat(rowText(browser, "#services tr[data-key='telemetry']"))
                .as("found through the registry, not the unusable default").contains("(registry)");
        assertThat(browser.findElement(By.id("registered")).getText()).contains("telemetry-seeded", "wz-1", "bot");
        assertThat(rowText(browser, "#supervisor tr[data-key='sleeper']")).contains("up");
        await(browser, "the ingest rate", b -> b.findElement(By.id("ingest")).getText().contains("events/s"));
        int stored = SeededServices.LIVE_SAMPLES + services.live.events().size() + SeededServices.FINISHED_SAMPLES
                + services.finished.events().size();
        assertThat(browser.findElement(By.id("ingest")).getText()).contains(stored + " events stored");
    }

    private void learningChartHoldsTheStatsAndTheTiersAreListed(ChromeDriver browser) {
        await(browser, "the learning chart", b -> "true".equals(attribute(b, "learning-panel", "data-available")));
        assertThat(chart(browser, "learning")).containsExactly(List.of(1.0, 2.0, 3.0), List.of(0.45, 0.65, 0.4),
                List.of(0.71, 0.93, 0.62), nulls(null, null, 0.4));
        assertThat(browser.findElement(By.id("tier-summary")).getText())
                .isEqualTo("generation 4: 1 elite · 1 significant · 1 deprecated · 1 not yet ranked");
        assertThat(browser.findElements(By.cssSelector("#tiers tbody tr"))).hasSize(4);
        assertThat(browser.findElement(By.id("learning-status")).getText()).contains("generation 3 (0.65 → 0.40)");
    }

    private void logsShowAndFilter(ChromeDriver browser) {
        await(browser, "the seeded log lines", b -> b.findElement(By.id("logs")).getText()
                .contains(SeededServices.ERROR_MESSAGE));
        assertThat(browser.findElement(By.id("logs")).getText()).contains(SeededServices.WARN_MESSAGE);
        new Select(browser.findElement(By.id("log-level"))).selectByValue("ERROR");
        await(browser, "errors only", b -> !b.findElement(By.id("logs")).getText().contains(SeededServices.WARN_MESSAGE));
        assertThat(browser.findElement(By.id("logs")).getText()).contains(SeededServices.ERROR_MESSAGE);
        new Select(browser.findElement(By.id("log-service"))).selectByValue("telemetry");
        await(browser, "the telemetry service's lines only", b -> b.findElement(By.id("logs")).getText()
                .contains("no errors in the last hour"));
        new Select(browser.findElement(By.id("log-service"))).selectByValue("");
        new Select(browser.findElement(By.id("log-level"))).selectByValue("WARN");
        await(browser, "all lines again", b -> b.findElement(By.id("logs")).getText()
                .contains(SeededServices.WARN_MESSAGE));
    }

    private void anEventPostedWhileThePageIsOpenAppearsWithoutReload(ChromeDriver browser, SeededServices services) {
        SeededGame live = services.live;
        SeededServices.expectOk(services.telemetry().post("/api/telemetry",
                live.later(900, "attack_started", Map.of("army_supply", 20, "army_count", 14))));
        await(browser, "the new event on the events chart", b -> eventPoints(b).size() == live.events().size());
        assertThat(eventPoints(browser)).containsExactlyElementsOf(expectedEvents(live));
        assertThat(js(browser, "return window.notReloaded === true;")).isEqualTo(true);
    }

    private void aFinishedGameShowsItsResultAndTheClientCountersItsBotReported(ChromeDriver browser,
                                                                                SeededServices services) {
        SeededGame finished = services.finished;
        click(browser, "#finished-games tr[data-key='" + finished.gameId() + "']");
        await(browser, "the finished game's charts", b -> finished.gameId().equals(attribute(b, "game-panel",
                "data-game-id")));
        assertThat(chart(browser, "resources")).containsExactly(finished.sampleSeconds(), finished.column("minerals"),
                finished.column("gas"));
        assertThat(eventPoints(browser)).containsExactlyElementsOf(expectedEvents(finished));
        assertThat(browser.findElement(By.id("game-title")).getText()).endsWith("— Victory");
        // in the order the bot sent the fields (Map.of here: any order)
        assertThat(browser.findElement(By.id("game-client")).getText())
                .startsWith("bot telemetry client this game: ").contains("spooled 3", "replayed 3");
    }

    private void aSupervisorRestartShows(ChromeDriver browser, SeededServices services) {
        long pid = services.supervisor.status().get(0).pid().orElseThrow();
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        await(browser, "one restart of the sleeper", b -> b.findElement(By.cssSelector("#supervisor tr[data-key='sleeper']"))
                .findElements(By.tagName("td")).get(3).getText().equals("1"));
    }

    private void stoppedServicesShowAsDownAndThePageKeepsUpdating(ChromeDriver browser, SeededServices services) {
        services.learning.close();
        await(browser, "learning service not running", b -> "down".equals(serviceState(b, "learning"))
                && b.findElement(By.id("learning-status")).getText().startsWith("learning service not running"));
        services.telemetry.close();
        await(browser, "telemetry down", b -> "down".equals(serviceState(b, "telemetry"))
                && b.findElement(By.id("games-status")).getText().contains("connection refused"));
        String updates = attribute(browser, "body", "data-updates");
        await(browser, "the page still polling", b -> !updates.equals(attribute(b, "body", "data-updates")));
        await(browser, "the registry still up", b -> "up".equals(serviceState(b, "registry")));
    }

    // ---- reading the page ----

    /** One uPlot instance's data: x values, then each series' values, as doubles (null where a series has none). */
    @SuppressWarnings("unchecked")
    private static List<List<Double>> chart(ChromeDriver browser, String name) {
        List<List<Object>> raw = (List<List<Object>>) js(browser, "return window.wz.charts['" + name + "'].data;");
        List<List<Double>> columns = new ArrayList<>();
        for (List<Object> column : raw) {
            columns.add(column.stream().map(v -> v == null ? null : ((Number) v).doubleValue()).toList());
        }
        return columns;
    }

    /** A point of the events chart: its game time and the label of the series (the event kind) it is in. */
    private record EventPoint(double seconds, String kind) {
    }

    /** The events chart's points, read back through each series' label, in x order. */
    @SuppressWarnings("unchecked")
    private static List<EventPoint> eventPoints(WebDriver browser) {
        List<List<Object>> points = (List<List<Object>>) js(browser, """
                const u = window.wz.charts.events; const out = [];
                u.data[0].forEach((t, i) => u.series.forEach((s, k) => {
                  if (k > 0 && u.data[k][i] != null) out.push([t, s.label]); }));
                return out;""");
        return points.stream().map(p -> new EventPoint(((Number) p.get(0)).doubleValue(), (String) p.get(1))).toList();
    }

    private static List<EventPoint> expectedEvents(SeededGame game) {
        return game.events().stream().sorted(Comparator.comparingLong(SeededGame.Event::gameLoop))
                .map(e -> new EventPoint(e.seconds(), e.kind())).toList();
    }

    private static List<Double> nulls(Double... values) {
        return Arrays.asList(values);
    }

    private static String serviceState(WebDriver browser, String name) {
        List<WebElement> rows = browser.findElements(By.cssSelector("#services tr[data-key='"
                + name + "']"));
        return rows.isEmpty() ? null : rows.get(0).getAttribute("data-state");
    }

    /**
     * The page redraws its tables' rows on every poll, so a row found a moment ago may be gone: these
     * find it again until they get it (or the deadline passes).
     */
    private static String rowText(WebDriver browser, String css) {
        return new WebDriverWait(browser, DEADLINE).ignoring(StaleElementReferenceException.class)
                .until(b -> b.findElement(By.cssSelector(css)).getText());
    }

    private static void click(WebDriver browser, String css) {
        await(browser, "a click on " + css, b -> {
            b.findElement(By.cssSelector(css)).click();
            return true;
        });
    }

    private static String attribute(WebDriver browser, String id, String attribute) {
        By by = id.equals("body") ? By.tagName("body") : By.id(id);
        return browser.findElement(by).getAttribute(attribute);
    }

    private static Object js(WebDriver browser, String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static void await(WebDriver browser, String what, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, DEADLINE).withMessage(what + " within " + DEADLINE.toSeconds() + " s")
                .ignoring(StaleElementReferenceException.class)
                .ignoring(JavascriptException.class)
                .until(condition::apply);
    }
}
