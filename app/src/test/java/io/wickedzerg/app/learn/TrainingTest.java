package io.wickedzerg.app.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wickedzerg.optimiser.Optimiser;
import io.wickedzerg.optimiser.OptimiserJson;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingTest {

    private final Optimiser optimiser = new Optimiser(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    private final LearnSettings settings = LearnFixtures.settings(3, 4, 2, 2);
    private final LearnPlan plan = LearnPlan.of(settings, LearnFixtures.RACES, LearnFixtures.MAPS);

    /** Plays generation after generation, in task order; returns every game recorded. */
    private List<GameRecord> playGenerations(int generations) {
        Training t = Training.start(optimiser, LearnFixtures.space(), settings);
        List<GameRecord> games = new ArrayList<>();
        while (t.state().generation() < generations) {
            for (LearnTask task : t.pending(plan)) {
                GameRecord g = LearnFixtures.play(task);
                games.add(g);
                t = t.record(optimiser, g).training();
            }
        }
        return games;
    }

    @Test
    void aGenerationsGamesAreEachCandidateOnEachOfItsConditionsAndEveryCandidatePlaysTheSameOnes() {
        Training t = Training.start(optimiser, LearnFixtures.space(), settings);

        List<LearnTask> tasks = t.pending(plan);

        assertThat(tasks).hasSize(8).extracting(LearnTask::key).doesNotHaveDuplicates()
                .contains("train-g0-c00-game1", "train-g0-c03-game2");
        assertThat(tasks.stream().filter(k -> k.game() == 1).map(LearnTask::condition).distinct())
                .containsExactly(plan.training(0).get(1));
        assertThat(t.state().candidates()).allSatisfy(c -> assertThat(c.origin().name()).isEqualTo("RANDOM"));
    }

    @Test
    void aPlayedGameIsNotPendingAndTheLastOneBreedsTheNextGeneration() {
        Training t = Training.start(optimiser, LearnFixtures.space(), settings);
        List<LearnTask> tasks = t.pending(plan);

        Training.Step first = t.record(optimiser, LearnFixtures.play(tasks.get(0)));
        assertThat(first.training().pending(plan)).hasSize(7).doesNotContain(tasks.get(0));
        assertThat(first.completed()).isEmpty();

        Training done = first.training();
        Training.Step last = null;
        for (LearnTask task : tasks.subList(1, tasks.size())) {
            last = done.record(optimiser, LearnFixtures.play(task));
            done = last.training();
        }
        assertThat(last.completed()).hasValueSatisfying(g -> assertThat(g.generation()).isZero());
        assertThat(done.state().generation()).isEqualTo(1);
        assertThat(done.pending(plan)).hasSize(8).allSatisfy(task -> assertThat(task.key()).startsWith("train-g1-"));
        assertThat(done.initialRanking()).as("generation 0 as ranked").hasSize(4)
                .isEqualTo(done.state().previousRanking());
    }

    @Test
    void replayingTheJournalGivesExactlyTheStateTheGamesWereRecordedInto() {
        List<GameRecord> games = playGenerations(3);
        Training live = Training.start(optimiser, LearnFixtures.space(), settings);
        for (GameRecord g : games) {
            live = live.record(optimiser, g).training();
        }

        Training replayed = Training.replay(optimiser, LearnFixtures.space(), settings, games);

        OptimiserJson json = new OptimiserJson();
        assertThat(json.writeString(replayed.state())).isEqualTo(json.writeString(live.state()));
        assertThat(replayed.initialRanking()).isEqualTo(live.initialRanking());
        assertThat(replayed.done(3)).isTrue();
        assertThat(replayed.history()).hasSize(3);
    }

    @Test
    void theInitialRankingIsKeptWhenLaterGenerationsAreRanked() {
        Training t = Training.replay(optimiser, LearnFixtures.space(), settings, playGenerations(3));

        assertThat(t.initialRanking()).allSatisfy(r -> assertThat(r.id()).startsWith("g0-"));
        assertThat(t.state().previousRanking()).allSatisfy(r -> assertThat(r.id()).startsWith("g2-"));
    }

    @Test
    void aGameRecordedTwiceOrForAnotherGenerationIsAnErrorNotAQuietMiscount() {
        Training t = Training.start(optimiser, LearnFixtures.space(), settings);
        GameRecord g = LearnFixtures.play(t.pending(plan).get(0));
        Training once = t.record(optimiser, g).training();

        assertThatThrownBy(() -> once.record(optimiser, g)).hasMessageContaining("recorded twice");
        GameRecord stranger = LearnFixtures.play(LearnTask.training("g5-c00", 5, 0,
                LearnFixtures.space().defaults(), plan.training(5).get(0)));
        assertThatThrownBy(() -> once.record(optimiser, stranger)).hasMessageContaining("cannot be recorded for g5-c00");
    }
}
