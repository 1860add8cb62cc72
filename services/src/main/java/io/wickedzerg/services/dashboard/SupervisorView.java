package io.wickedzerg.services.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The supervisor of {@code run.sh services} as the dashboard shows it: each child's state and pid
 * from its {@code /health}, restarts and give-ups from its {@code /metrics}
 * ({@code supervisor_restarts_total{service}}, {@code supervisor_giveups_total{service}}).
 *
 * @param problem why the supervisor could not be read (e.g. it is not running), or null
 */
public record SupervisorView(String url, String problem, List<Child> children) {

    public SupervisorView {
        children = List.copyOf(children);
    }

    /**
     * One supervised service.
     *
     * @param restarts how often the supervisor started it again; from /metrics, else /health
     */
    public record Child(String service, String state, boolean up, Long pid, long restarts, long giveUps) {
    }

    /** The supervisor answers 503 while a child is down: that is still an answer, with the children in it. */
    public static SupervisorView read(UpstreamClient.Answer health, UpstreamClient.Answer metrics, JsonReader json) {
        String url = health.uri().resolve("/").toString();
        if (health.status() != 200 && health.status() != 503) {
            return new SupervisorView(url, health.describeProblem(), List.of());
        }
        JsonNode root;
        try {
            root = json.read(health.body());
        } catch (IllegalArgumentException e) {
            return new SupervisorView(url, e.getMessage(), List.of());
        }
        PrometheusText meters = PrometheusText.parse(metrics.ok() ? metrics.body() : "");
        Map<String, Double> restarts = meters.byLabel("supervisor_restarts_total", "service");
        Map<String, Double> giveUps = meters.byLabel("supervisor_giveups_total", "service");
        List<Child> children = new ArrayList<>();
        for (JsonNode child : root.path("children")) {
            String name = child.path("service").asText();
            long fromHealth = child.path("restarts").asLong();
            children.add(new Child(name, child.path("state").asText("unknown"), child.path("up").asBoolean(),
                    child.path("pid").isIntegralNumber() ? child.path("pid").asLong() : null,
                    Math.round(restarts.getOrDefault(name, (double) fromHealth)),
                    Math.round(giveUps.getOrDefault(name, 0.0))));
        }
        return new SupervisorView(url, null, children);
    }

    public boolean up() {
        return problem == null;
    }
}
