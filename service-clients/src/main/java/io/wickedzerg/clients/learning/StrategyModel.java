package io.wickedzerg.clients.learning;

import java.util.Map;

/**
 * Strategy parameters (drone target, attack supply, army mix weights, ...) with the version that
 * names them; the HTTP service sends the version as the ETag of {@code GET /api/model/latest}.
 */
public record StrategyModel(String version, Map<String, Double> parameters) {
}
