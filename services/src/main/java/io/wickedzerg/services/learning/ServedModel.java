package io.wickedzerg.services.learning;

import io.wickedzerg.optimiser.Best;
import io.wickedzerg.optimiser.Candidate;
import io.wickedzerg.optimiser.Genome;
import io.wickedzerg.optimiser.OptimiserState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The model {@code GET /api/model/latest} answers: explore serves the optimiser's next candidate (the one of the
 * current generation with the fewest games, so a generation fills up evenly and completes), exploit its best (the
 * top of the latest completed generation; the defaults before any candidate is scored).
 *
 * @param fitness the best's ranking fitness (exploit); empty for a candidate still being evaluated, and for the
 *                defaults
 */
record ServedModel(ModelVersion version, Genome genome, ServeMode mode, int generation, OptionalDouble fitness) {

    ServedModel {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(genome, "genome");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(fitness, "fitness");
    }

    static ServedModel of(StoredState stored, ServeMode mode) {
        OptimiserState state = stored.state();
        if (mode == ServeMode.EXPLOIT) {
            Best best = state.best();
            return new ServedModel(ModelVersion.of(stored.key(), true, best.id(), best.genome()), best.genome(), mode,
                    state.generation(), best.fitness());
        }
        Candidate next = state.next();
        return new ServedModel(ModelVersion.of(stored.key(), false, next.id(), next.genome()), next.genome(), mode,
                state.generation(), OptionalDouble.empty());
    }

    /** The wire form: {@code version}, {@code parameters}, {@code build_order}, and what it is. */
    Map<String, Object> json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version.text());
        body.put("parameters", genome.parameters());
        body.put("build_order", genome.buildOrder());
        body.put("mode", mode.wireName());
        body.put("state", version.key().rowKey());
        body.put("generation", generation);
        body.put("candidate", version.candidateId());
        body.put("fitness", fitness.isPresent() ? fitness.getAsDouble() : null);
        return body;
    }
}
