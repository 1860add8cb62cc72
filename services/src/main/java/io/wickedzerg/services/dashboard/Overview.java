package io.wickedzerg.services.dashboard;

import java.util.List;

/**
 * The health panel's data: every service behind the dashboard, what the registry lists, the
 * supervisor's children and the ingest rate.
 *
 * @param time when it was collected, ISO-8601
 */
public record Overview(String time, List<ServiceHealth> services, RegistrySnapshot registry,
                       SupervisorView supervisor, Ingest ingest) {

    public Overview {
        services = List.copyOf(services);
    }

    /**
     * One service's {@code GET /health}.
     *
     * @param state   "up" (200), "not_ready" (503: it runs, but e.g. its database does not answer) or "down"
     * @param foundBy how its URL was found: "setting", "registry" or "default"
     * @param problem what went wrong when not up, or null
     */
    public record ServiceHealth(String name, String url, String foundBy, String state, String problem) {
    }

    /**
     * The telemetry service's ingest, from its {@code /metrics}.
     *
     * @param eventsTotal {@code telemetry_events_ingested_total}, null when unknown
     * @param perSecond   events stored per second over the last readings, null until two readings
     */
    public record Ingest(String problem, Double eventsTotal, Double duplicatesTotal, Double perSecond) {
    }
}
