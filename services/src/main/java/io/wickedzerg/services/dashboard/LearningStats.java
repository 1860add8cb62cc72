package io.wickedzerg.services.dashboard;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the dashboard shows of the learning service, read from its {@code GET /api/stats} by
 * {@link LearningStatsParser}. The README documents the JSON shape, so the learning service can
 * match it.
 *
 * @param generations         every generation played so far, oldest first
 * @param current             the generation being evaluated, when there is one
 * @param environmentChanges  each time the elite's recent results fell against their baseline
 */
public record LearningStats(List<Generation> generations, Optional<Current> current,
                            List<EnvironmentChange> environmentChanges) {

    public LearningStats {
        generations = List.copyOf(generations);
        environmentChanges = List.copyOf(environmentChanges);
    }

    /**
     * One generation's results.
     *
     * @param winRate     wins / games, null before the first game
     * @param meanFitness the mean of its scored parameter sets' fitness, null while none is scored
     * @param bestFitness its best set's fitness, null while none is scored
     */
    public record Generation(int generation, int games, int wins, Double winRate, Double meanFitness,
                             Double bestFitness) {
    }

    /** The generation under evaluation and its parameter sets. */
    public record Current(int generation, List<Candidate> candidates) {

        public Current {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * One parameter set of the current generation.
     *
     * @param tier        its rank, {@link Tier#UNRANKED} until it has played the games it is scored on
     * @param meanFitness null until scored
     */
    public record Candidate(String id, Tier tier, int games, Double meanFitness) {
    }

    /** The optimiser's ranks: elite (top 10 %), significant (next 40 %), deprecated (the rest). */
    public enum Tier {
        ELITE, SIGNIFICANT, DEPRECATED, UNRANKED;

        /** "elite", as the learning service writes it and the page shows it. */
        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A declared environment change: the elite's recent result fell against its baseline.
     *
     * @param time an ISO-8601 instant as the learning service wrote it
     */
    public record EnvironmentChange(int generation, String time, double baseline, double recent) {
    }
}
