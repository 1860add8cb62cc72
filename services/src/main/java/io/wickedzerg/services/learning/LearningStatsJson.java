package io.wickedzerg.services.learning;

import io.wickedzerg.optimiser.Best;
import io.wickedzerg.optimiser.Candidate;
import io.wickedzerg.optimiser.EnvironmentChange;
import io.wickedzerg.optimiser.GenerationSummary;
import io.wickedzerg.optimiser.OptimiserState;
import io.wickedzerg.optimiser.RankedCandidate;
import io.wickedzerg.optimiser.Tier;
import io.wickedzerg.optimiser.TierSizes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /api/stats} in the shape the dashboard reads (README, LearningStatsParser): every generation with its
 * games, wins, win rate, mean and best fitness (the one being played last, {@code complete: false}); the current
 * generation's candidates with their tiers; the latest ranking; the best; environment changes; what became of the
 * results stored for this state.
 */
final class LearningStatsJson {

    private LearningStatsJson() {
    }

    static Map<String, Object> of(StoredState stored, Map<BookingStatus, Long> counts, List<String> opponents) {
        OptimiserState state = stored.state();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", stored.key().rowKey());
        List<Map<String, Object>> generations = new ArrayList<>();
        state.history().forEach(g -> generations.add(completed(g)));
        generations.add(inProgress(state));
        body.put("generations", generations);
        body.put("current", current(stored));
        body.put("ranking", state.previousRanking().stream().map(LearningStatsJson::ranked).toList());
        body.put("best", best(stored));
        body.put("environment_changes", state.environmentChanges().stream().map(LearningStatsJson::change).toList());
        body.put("results", results(counts, state));
        body.put("settings", Map.of("population_size", state.settings().populationSize(),
                "games_per_candidate", state.settings().gamesPerCandidate(), "seed", state.seed()));
        if (stored.key().isGlobal()) {
            body.put("opponents", opponents);
        }
        return body;
    }

    private static Map<String, Object> completed(GenerationSummary g) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("generation", g.generation());
        row.put("complete", true);
        row.put("games", g.games());
        row.put("wins", g.wins());
        row.put("win_rate", g.games() == 0 ? null : g.winRate());
        row.put("mean_fitness", g.games() == 0 ? null : g.meanFitness());
        row.put("best_fitness", g.bestFitness());
        row.put("best_candidate", g.bestCandidate());
        return row;
    }

    /** The generation being played, so far: no best until it is ranked. */
    private static Map<String, Object> inProgress(OptimiserState state) {
        int games = 0;
        int wins = 0;
        double sum = 0;
        for (Candidate c : state.candidates()) {
            games += c.gamesPlayed();
            wins += c.wins();
            sum += c.meanFitness() * c.gamesPlayed();
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("generation", state.generation());
        row.put("complete", false);
        row.put("games", games);
        row.put("wins", wins);
        row.put("win_rate", games == 0 ? null : (double) wins / games);
        row.put("mean_fitness", games == 0 ? null : sum / games);
        row.put("best_fitness", null);
        row.put("best_candidate", null);
        return row;
    }

    /**
     * The current generation's candidates. A scored candidate's tier is where it would rank if the generation ended
     * now among those scored so far (elite first); one still short of its games has none yet. The tiers become
     * final when the generation completes (then under {@code ranking}).
     */
    private static Map<String, Object> current(StoredState stored) {
        OptimiserState state = stored.state();
        List<Candidate> scored = state.candidates().stream().filter(state::scored)
                .sorted(Comparator.comparingDouble(Candidate::rankingFitness).reversed()
                        .thenComparing(Candidate::id)).toList();
        TierSizes sizes = state.settings().tierSizes();
        Map<String, Tier> tiers = new HashMap<>();
        for (int rank = 0; rank < scored.size(); rank++) {
            tiers.put(scored.get(rank).id(), sizes.tierOf(rank));
        }
        String next = state.next().id();
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (Candidate c : state.candidates()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", c.id());
            row.put("version", ModelVersion.of(stored.key(), false, c.id(), c.genome()).text());
            Tier tier = tiers.get(c.id());
            row.put("tier", tier == null ? null : tier.name().toLowerCase(Locale.ROOT));
            row.put("games", c.gamesPlayed());
            row.put("wins", c.wins());
            row.put("mean_fitness", c.gamesPlayed() == 0 ? null : c.meanFitness());
            row.put("ranking_fitness", state.scored(c) ? c.rankingFitness() : null);
            row.put("origin", c.origin().name().toLowerCase(Locale.ROOT));
            row.put("parents", c.parents());
            row.put("build_order", c.genome().buildOrder());
            row.put("parameters", c.genome().parameters());
            row.put("next", c.id().equals(next));
            candidates.add(row);
        }
        Map<String, Object> current = new LinkedHashMap<>();
        current.put("generation", state.generation());
        current.put("games_per_candidate", state.settings().gamesPerCandidate());
        current.put("candidates", candidates);
        return current;
    }

    private static Map<String, Object> ranked(RankedCandidate r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rank", r.rank() + 1);
        row.put("id", r.id());
        row.put("tier", r.tier().name().toLowerCase(Locale.ROOT));
        row.put("games", r.games());
        row.put("wins", r.wins());
        row.put("fitness", r.fitness());
        return row;
    }

    private static Map<String, Object> best(StoredState stored) {
        Best best = stored.state().best();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", best.id());
        row.put("version", ModelVersion.of(stored.key(), true, best.id(), best.genome()).text());
        row.put("fitness", best.fitness().isPresent() ? best.fitness().getAsDouble() : null);
        row.put("build_order", best.genome().buildOrder());
        row.put("parameters", best.genome().parameters());
        return row;
    }

    private static Map<String, Object> change(EnvironmentChange c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("generation", c.generation());
        row.put("time", c.declaredAt().toString());
        row.put("baseline", c.baseline());
        row.put("recent", c.recent());
        row.put("drop", c.drop());
        return row;
    }

    private static Map<String, Object> results(Map<BookingStatus, Long> counts, OptimiserState state) {
        Map<String, Object> byStatus = new LinkedHashMap<>();
        long stored = 0;
        for (BookingStatus status : BookingStatus.values()) {
            long n = counts.getOrDefault(status, 0L);
            byStatus.put(status.wireName(), n);
            stored += n;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("stored", stored);
        row.put("recorded", counts.getOrDefault(BookingStatus.RECORDED, 0L));
        row.put("by_status", byStatus);
        row.put("ignored_by_optimiser", state.ignored().total());
        return row;
    }
}
