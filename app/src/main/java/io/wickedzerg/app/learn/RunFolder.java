package io.wickedzerg.app.learn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.wickedzerg.clients.io.AtomicFiles;
import io.wickedzerg.optimiser.OptimiserJson;
import io.wickedzerg.optimiser.OptimiserState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A learn run's folder and what is in it:
 * <pre>
 *   learn-run.json         the run's settings (written first; a resumed run reads them back)
 *   games.jsonl            every finished game, appended as it ends (the run's record; see {@link Journal})
 *   optimiser-state.json   the optimiser's state after the latest game, replaced atomically
 *   games/&lt;key&gt;/          each game's strategy.json, output, summary, log and data
 *   learn.md, learn.json   the report, at the end
 *   learn-curve.png        generation against win rate and fitness, at the end
 * </pre>
 */
public record RunFolder(Path dir) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public Path settingsFile() {
        return dir.resolve("learn-run.json");
    }

    public Path journalFile() {
        return dir.resolve("games.jsonl");
    }

    public Path stateFile() {
        return dir.resolve("optimiser-state.json");
    }

    public Path gameDir(LearnTask task) {
        return dir.resolve("games").resolve(task.key());
    }

    public Path markdownFile() {
        return dir.resolve("learn.md");
    }

    public Path jsonFile() {
        return dir.resolve("learn.json");
    }

    public Path chartFile() {
        return dir.resolve("learn-curve.png");
    }

    public boolean holdsARun() {
        return Files.exists(settingsFile());
    }

    public void writeSettings(LearnSettings settings) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.replace(settingsFile(), JSON.writeValueAsBytes(settings));
    }

    /** The settings the run began with; empty when the folder holds no run. */
    public Optional<LearnSettings> readSettings() throws IOException {
        if (!holdsARun()) {
            return Optional.empty();
        }
        return Optional.of(JSON.readValue(settingsFile().toFile(), LearnSettings.class));
    }

    public void writeState(OptimiserState state) throws IOException {
        AtomicFiles.replace(stateFile(), new OptimiserJson().write(state));
    }

    /** The state the last session stored; empty when there is none yet. */
    public Optional<OptimiserState> readState() throws IOException {
        if (!Files.exists(stateFile())) {
            return Optional.empty();
        }
        return Optional.of(new OptimiserJson().read(Files.readAllBytes(stateFile())));
    }

    public void writeReport(LearnReport report) throws IOException {
        CurveChart.write(report.history(), "Learning against " + report.settings().difficulty() + ": seed "
                + report.settings().seed() + ", population " + report.settings().population(), chartFile());
        AtomicFiles.replace(markdownFile(), ReportMarkdown.of(report, chartFile().getFileName().toString())
                .getBytes(StandardCharsets.UTF_8));
        AtomicFiles.replace(jsonFile(), JSON.writeValueAsBytes(ReportJson.of(report)));
    }
}
