package io.wickedzerg.optimiser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OptimiserJsonTest {

    private final OptimiserJson json = new OptimiserJson();
    private final Optimiser optimiser = new Optimiser(Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC));

    /** Several generations, an environment change, ignored results, killed/lost values known and unknown. */
    private OptimiserState aStateWithEverything() {
        OptimiserSettings settings = OptimiserSettings.builder().populationSize(5).gamesPerCandidate(2)
                .baselineMinGames(2).build();
        OptimiserState s = Play.untilGeneration(optimiser, optimiser.startFromDefaults(Spaces.strategy(), settings, 3), 5,
                c -> {
                    int g = CandidateIds.generationOf(c.id()).orElseThrow();
                    Outcome o = Outcomes.scoring(g >= 3 && c.origin() == Origin.ELITE ? 0.6 : 1.5);
                    return g % 2 == 0 ? o.withTrade(1200, 800) : o;
                });
        s = optimiser.record(s, "nope", Outcome.of(Result.TIE, 2700)).state();
        s = optimiser.record(s, "g0-c01", Outcome.of(Result.UNDECIDED, 10)).state();
        int[] game = {0};
        return Play.games(optimiser, s, 3,
                c -> game[0]++ % 2 == 0 ? Outcome.of(Result.DEFEAT, 500).withTrade(1200, 800) : Outcome.of(Result.TIE, 2700));
    }

    @Test
    void aStateRoundTripsThroughJsonToAnEqualState() throws IOException {
        OptimiserState state = aStateWithEverything();
        assertThat(state.environmentChanges()).isNotEmpty();
        assertThat(state.ignored().total()).isEqualTo(2);

        byte[] written = json.write(state);

        assertThat(json.read(written)).isEqualTo(state);
        assertThat(json.writeString(json.read(written))).isEqualTo(json.writeString(state));
    }

    @Test
    void theJsonUsesSnakeCaseKeysAndIsoTimes() {
        String text = json.writeString(aStateWithEverything());

        assertThat(text).contains("\"games_per_candidate\" : 2", "\"previous_ranking\"", "\"earlier_fitness\"",
                "\"killed_value\" : 1200.0", "\"killed_value\" : null", "\"declared_at\" : \"2024-05-01T12:00:00Z\"",
                "\"build_order\" : \"", "\"drone_target\" : ");
    }

    @Test
    void brokenOrTamperedJsonIsAnErrorThatSaysWhere() {
        String text = json.writeString(optimiser.startFromDefaults(Spaces.strategy(), OptimiserSettings.defaults(), 1));

        assertThatThrownBy(() -> json.read("{not json")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> json.read(text.replaceFirst("\"drone_target\" : 50.0", "\"drone_target\" : 500.0")))
                .isInstanceOf(IOException.class).hasMessageContaining("g0-c00").hasMessageContaining("drone_target");
        assertThatThrownBy(() -> json.read(text.replaceFirst("\"seed\"", "\"sede\"")))
                .isInstanceOf(IOException.class).hasMessageContaining("\"seed\"");
        assertThatThrownBy(() -> json.read(text.replaceFirst("\"seed\"", "\"sede\" : 1, \"seed\"")))
                .isInstanceOf(IOException.class).hasMessageContaining("\"sede\"");
    }
}
