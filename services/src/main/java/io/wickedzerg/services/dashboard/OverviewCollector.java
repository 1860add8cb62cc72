package io.wickedzerg.services.dashboard;

import io.wickedzerg.services.dashboard.Overview.Ingest;
import io.wickedzerg.services.dashboard.Overview.ServiceHealth;
import io.wickedzerg.services.dashboard.RegistrySnapshot.Resolved;
import io.wickedzerg.services.dashboard.UpstreamClient.Answer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;

/** Asks every service behind the dashboard at once for its health and metrics, and puts the answers together. */
public final class OverviewCollector {

    private final Directory directory;
    private final IngestRate rate;
    private final Clock clock;

    public OverviewCollector(Directory directory, IngestRate rate, Clock clock) {
        this.directory = directory;
        this.rate = rate;
        this.clock = clock;
    }

    public Overview collect() {
        RegistrySnapshot registry = directory.snapshot();
        UpstreamClient client = directory.client();
        List<Resolved> targets = new ArrayList<>();
        List<CompletableFuture<Answer>> health = new ArrayList<>();
        for (Upstream upstream : directory.settings().all()) {
            Resolved target = registry.resolve(upstream);
            targets.add(target);
            health.add(client.get(target.url(), "/health"));
        }
        Resolved telemetry = registry.resolve(directory.settings().telemetry());
        Resolved supervisor = registry.resolve(directory.settings().supervisor());
        CompletableFuture<Answer> telemetryMetrics = client.get(telemetry.url(), "/metrics");
        CompletableFuture<Answer> supervisorMetrics = client.get(supervisor.url(), "/metrics");
        List<ServiceHealth> services = new ArrayList<>();
        Answer supervisorHealth = null;
        for (int i = 0; i < targets.size(); i++) {
            Answer answer = health.get(i).join();
            services.add(health(targets.get(i), answer));
            if (targets.get(i).name().equals(supervisor.name())) {
                supervisorHealth = answer;
            }
        }
        return new Overview(clock.instant().toString(), services, registry,
                SupervisorView.read(supervisorHealth, supervisorMetrics.join(), directory.json()),
                ingest(telemetryMetrics.join()));
    }

    private static ServiceHealth health(Resolved target, Answer answer) {
        String state = answer.ok() ? "up" : answer.status() == 503 ? "not_ready" : "down";
        return new ServiceHealth(target.name(), target.url().toString(), target.foundBy(), state,
                answer.ok() ? null : answer.describeProblem());
    }

    private Ingest ingest(Answer metrics) {
        if (!metrics.ok()) {
            return new Ingest(metrics.describeProblem(), null, null, null);
        }
        PrometheusText text = PrometheusText.parse(metrics.body());
        OptionalDouble total = text.sum("telemetry_events_ingested_total");
        if (total.isEmpty()) {
            return new Ingest("no telemetry_events_ingested_total in its /metrics", null, null, null);
        }
        OptionalDouble perSecond = rate.observe(total.getAsDouble());
        OptionalDouble duplicates = text.sum("telemetry_events_duplicate_total");
        return new Ingest(null, total.getAsDouble(), duplicates.isPresent() ? duplicates.getAsDouble() : null,
                perSecond.isPresent() ? perSecond.getAsDouble() : null);
    }
}
