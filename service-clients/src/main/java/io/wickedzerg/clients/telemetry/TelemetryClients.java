package io.wickedzerg.clients.telemetry;

import io.wickedzerg.config.HybridConfig;

/** Picks the telemetry client from the config, so the bot never branches on the mode. */
public final class TelemetryClients {

    private TelemetryClients() {
    }

    /**
     * The batched HTTP client when {@link HybridConfig#isTelemetryRemote()}, otherwise local JSONL files
     * under {@code <data_dir>/telemetry/<runId>/}. See {@link TelemetryServiceClient#describeDestination()}.
     *
     * @param runId names this run in every event ({@code run_id}); letters, digits, '.', '_', '-'
     */
    public static BatchingTelemetryClient create(HybridConfig config, String runId) {
        TelemetryClientBuilder builder = builder(config, runId);
        return config.isTelemetryRemote() ? builder.buildHttp() : builder.buildLocal();
    }

    /** For tests and tools that replace the clock, sleeper, random source, HTTP stack or breaker. */
    public static TelemetryClientBuilder builder(HybridConfig config, String runId) {
        return new TelemetryClientBuilder(config, runId);
    }
}
