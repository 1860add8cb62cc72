package io.wickedzerg.app.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wickedzerg.optimiser.Genome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    private static GameRecord game(int i, Double killed) {
        LearnTask task = LearnTask.training("g0-c0" + i, 0, 0, new Genome(Map.of("drone_target", 55.0), "12-pool"),
                new GameCondition(1000 + i, "Zerg", "Creep Ridge"));
        return GameRecord.of(task, "VeryHard", "result", "Victory", 400.5, killed, killed == null ? null : 800.0, 31.2,
                25.0, "", "games/" + task.key());
    }

    @Test
    void whatIsAppendedReadsBackTheSameInOrderUnknownValuesStayUnknown(@TempDir Path dir) throws IOException {
        Journal journal = Journal.open(dir.resolve("games.jsonl"));
        journal.append(game(1, 1200.0));
        journal.append(game(2, null));

        Journal again = Journal.open(dir.resolve("games.jsonl"));

        assertThat(again.records()).containsExactly(game(1, 1200.0), game(2, null));
        assertThat(again.records().get(1).outcome().killedValue()).isNull();
        assertThat(Files.readAllLines(dir.resolve("games.jsonl")).get(0)).contains("\"game_seconds\":400.5");
    }

    @Test
    void aLineCutShortByACrashIsCutOffAndTheNextAppendStartsClean(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("games.jsonl");
        Journal journal = Journal.open(file);
        journal.append(game(1, 1200.0));
        Files.writeString(file, "{\"key\":\"train-g0-c02-ga", StandardOpenOption.APPEND);

        Journal reopened = Journal.open(file);
        reopened.append(game(3, 5.0));

        assertThat(reopened.records()).containsExactly(game(1, 1200.0), game(3, 5.0));
        assertThat(Journal.open(file).records()).containsExactly(game(1, 1200.0), game(3, 5.0));
    }

    @Test
    void aBadLineInTheMiddleIsAnErrorNamingItNotASilentGap(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("games.jsonl");
        Journal.open(file).append(game(1, 1.0));
        String good = Files.readAllLines(file).get(0);
        Files.writeString(file, "garbage\n" + good + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertThatThrownBy(() -> Journal.open(file)).isInstanceOf(IOException.class)
                .hasMessageStartingWith(file + " line 2: not a game record");
    }

    @Test
    void noFileIsAnEmptyJournal(@TempDir Path dir) throws IOException {
        assertThat(Journal.open(dir.resolve("none.jsonl")).records()).isEmpty();
    }
}
