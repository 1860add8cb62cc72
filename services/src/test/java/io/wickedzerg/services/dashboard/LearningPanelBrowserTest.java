package io.wickedzerg.services.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wickedzerg.services.http.TestHttp;
import io.wickedzerg.services.runtime.RunningService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard's learning panel in headless Chromium against the real learning service (not the stand-in the main
 * browser test uses for fixed numbers): the learning chart holds exactly the generations the service reports, the
 * environment change is marked, the current generation's tiers are counted; screenshot
 * {@code target/dashboard-learning.png}.
 */
class LearningPanelBrowserTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Path SCREENSHOT = Path.of("target", "dashboard-learning.png");

    @TempDir
    Path dir;

    @Test
    void theLearningChartHoldsWhatTheRealServiceReports() throws Exception {
        ChromeDriver browser = HeadlessChromium.start(1400, 2100);
        try (RunningService learning = SeededLearning.start(dir, Clock.systemUTC());
             RunningService dashboard = SeededLearning.dashboard(dir, learning.baseUrl())) {
            JsonNode stats = new TestHttp(learning.baseUrl()).get("/api/stats").json();
            browser.get(dashboard.baseUrl() + "/");
            new WebDriverWait(browser, DEADLINE).withMessage("the learning panel within " + DEADLINE)
                    .ignoring(StaleElementReferenceException.class).ignoring(JavascriptException.class)
                    .until(b -> "true".equals(b.findElement(By.id("learning-panel")).getAttribute("data-available")));

            List<Double> generations = new ArrayList<>();
            List<Double> winRates = new ArrayList<>();
            List<Double> meanFitness = new ArrayList<>();
            List<Double> marks = new ArrayList<>();
            for (JsonNode g : stats.get("generations")) {
                generations.add(g.get("generation").asDouble());
                winRates.add(g.get("win_rate").isNull() ? null : g.get("win_rate").asDouble());
                meanFitness.add(g.get("mean_fitness").isNull() ? null : g.get("mean_fitness").asDouble());
                marks.add(g.get("generation").asInt() == SeededLearning.CHANGE_GENERATION
                        ? g.get("win_rate").asDouble() : null);
            }
            assertThat(generations).hasSize(SeededLearning.GENERATIONS);
            assertThat(chart(browser)).containsExactly(generations, winRates, meanFitness, marks);
            assertThat(browser.findElement(By.id("tier-summary")).getText())
                    .isEqualTo("generation 6: 1 elite · 0 significant · 0 deprecated · 1 not yet ranked");
            assertThat(browser.findElements(By.cssSelector("#tiers tbody tr"))).hasSize(2);
            assertThat(browser.findElement(By.id("learning-status")).getText())
                    .startsWith(SeededLearning.GENERATIONS + " generation(s); environment changes: generation "
                            + SeededLearning.CHANGE_GENERATION + " (");
            Files.createDirectories(SCREENSHOT.getParent());
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.quit();
        }
    }

    /** The learning chart's columns (uPlot's data) as doubles, null where a series has no value. */
    @SuppressWarnings("unchecked")
    private static List<List<Double>> chart(ChromeDriver browser) {
        List<List<Object>> raw = (List<List<Object>>) ((JavascriptExecutor) browser)
                .executeScript("return window.wz.charts['learning'].data;");
        List<List<Double>> columns = new ArrayList<>();
        for (List<Object> column : raw) {
            columns.add(column.stream().map(v -> v == null ? null : ((Number) v).doubleValue()).toList());
        }
        return columns;
    }
}
