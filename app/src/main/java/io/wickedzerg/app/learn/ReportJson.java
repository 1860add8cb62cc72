package io.wickedzerg.app.learn;

import io.wickedzerg.app.stats.Interval;
import io.wickedzerg.optimiser.GenerationSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code learn.json}: the same numbers as learn.md for scripts, unrounded except for the wall time. */
final class ReportJson {

    private ReportJson() {
    }

    static Map<String, Object> of(LearnReport r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("settings", r.settings());
        root.put("maps", r.maps());
        Map<String, Object> games = new LinkedHashMap<>();
        games.put("played", r.games().size());
        games.put("with_result", r.decided());
        for (String kind : List.of("undecided", "protocol_timeout", "failed", "hung")) {
            games.put(kind, r.ofKind(kind));
        }
        games.put("median_wall_seconds", Math.round(r.medianWallSeconds() * 10) / 10.0);
        root.put("games", games);
        List<Map<String, Object>> generations = new ArrayList<>();
        for (GenerationSummary g : r.history()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("generation", g.generation());
            row.put("games", g.games());
            row.put("wins", g.wins());
            row.put("win_rate", g.winRate());
            row.put("mean_fitness", g.meanFitness());
            row.put("best_fitness", g.bestFitness());
            row.put("best_candidate", g.bestCandidate());
            generations.add(row);
        }
        root.put("generations", generations);
        List<Map<String, Object>> contenders = new ArrayList<>();
        for (EvaluationResult.Row row : r.evaluation().rows()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", row.contender().name());
            c.put("what", row.contender().what());
            c.put("candidate_id", row.contender().candidateId());
            c.put("build_order", row.contender().genome().buildOrder());
            c.put("parameters", row.contender().genome().parameters());
            c.put("training_fitness", row.contender().trainingFitness().isPresent()
                    ? row.contender().trainingFitness().getAsDouble() : null);
            c.put("games", row.games());
            c.put("wins", row.wins());
            c.put("undecided", row.undecided());
            c.put("win_rate", interval(row.winRate()));
            c.put("mean_fitness", interval(row.meanFitness()));
            contenders.add(c);
        }
        root.put("evaluation", contenders);
        List<Map<String, Object>> comparisons = new ArrayList<>();
        for (EvaluationResult.Comparison c : r.evaluation().comparisons()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("best", c.best());
            row.put("other", c.other());
            row.put("pairs", c.pairs());
            row.put("best_wins", c.bestWins());
            row.put("other_wins", c.otherWins());
            row.put("fitness_difference", interval(c.fitnessDifference()));
            row.put("significant", c.fitnessDifference().excludesZero());
            row.put("verdict", c.verdict());
            comparisons.add(row);
        }
        root.put("comparisons", comparisons);
        root.put("conclusion", r.conclusion());
        root.put("session_wall_seconds", Math.round(r.sessionSeconds() * 10) / 10.0);
        return root;
    }

    /** {estimate, low, high}; null for what is not known (JSON has no NaN). */
    private static Map<String, Object> interval(Interval i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("estimate", finite(i.estimate()));
        m.put("low", finite(i.low()));
        m.put("high", finite(i.high()));
        return m;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
