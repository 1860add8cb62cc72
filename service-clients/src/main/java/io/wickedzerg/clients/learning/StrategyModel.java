package io.wickedzerg.clients.learning;

import java.util.Map;
import java.util.Optional;

/**
 * Strategy parameters (drone target, attack supply, army mix weights, ...) and the build order to play, with the
 * version that names them; the HTTP service sends the version as the ETag of {@code GET /api/model/latest}.
 *
 * @param buildOrder id of the build order to play; null when the model leaves it to the bot
 */
public record StrategyModel(String version, Map<String, Double> parameters, String buildOrder) {

    /** A model that leaves the build order to the bot. */
    public StrategyModel(String version, Map<String, Double> parameters) {
        this(version, parameters, null);
    }

    public Optional<String> chosenBuildOrder() {
        return Optional.ofNullable(buildOrder);
    }
}
