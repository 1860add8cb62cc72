package io.wickedzerg.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Every setting of the hybrid architecture, immutable, each with the {@link Source} it came from.
 *
 * <p>Build one with {@link #builder()} (all defaults), {@link HybridConfigLoader} (defaults &lt; JSON
 * file &lt; environment) or {@link #toBuilder()} for code overrides on top of a loaded config.
 */
public final class HybridConfig {

    /*
     * The original design's get_config()/set_config() pair. It is the one piece of process-wide
     * state, kept for scripts and tools; the bot and the clients take a HybridConfig in their
     * constructors and never read this.
     */
    private static final AtomicReference<HybridConfig> PROCESS_CONFIG = new AtomicReference<>();

    private final Map<Setting, Object> values;
    private final Map<Setting, Source> sources;

    private HybridConfig(Map<Setting, Object> values, Map<Setting, Source> sources) {
        EnumMap<Setting, Object> effective = new EnumMap<>(values);
        // a spool nobody placed lives in the data folder, so moving data_dir moves everything the bot keeps
        if (Source.DEFAULT.equals(sources.get(Setting.SPOOL_DIR))) {
            effective.put(Setting.SPOOL_DIR, ((Path) effective.get(Setting.DATA_DIR)).resolve("spool"));
        }
        this.values = Collections.unmodifiableMap(effective);
        this.sources = Collections.unmodifiableMap(new EnumMap<>(sources));
    }

    /** The process-wide config: what {@link #set} stored, else loaded once from the file and the environment. */
    public static HybridConfig get() {
        HybridConfig current = PROCESS_CONFIG.get();
        if (current != null) {
            return current;
        }
        HybridConfig loaded = HybridConfigLoader.fromSystem().load();
        return PROCESS_CONFIG.compareAndSet(null, loaded) ? loaded : PROCESS_CONFIG.get();
    }

    /** Replaces the process-wide config (the original {@code set_config}). */
    public static void set(HybridConfig config) {
        PROCESS_CONFIG.set(Objects.requireNonNull(config, "config"));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(values, sources);
    }

    public Mode mode() {
        return (Mode) values.get(Setting.MODE);
    }

    public boolean isHybridMode() {
        return mode() == Mode.HYBRID;
    }

    /** Telemetry goes to the remote service: hybrid mode and the service enabled. */
    public boolean isTelemetryRemote() {
        return isHybridMode() && telemetryServiceEnabled();
    }

    /** Game results go to / models come from the remote learning service. */
    public boolean isLearningRemote() {
        return isHybridMode() && learningServiceEnabled();
    }

    public boolean telemetryServiceEnabled() {
        return (Boolean) values.get(Setting.TELEMETRY_SERVICE_ENABLED);
    }

    public URI telemetryServiceUrl() {
        return (URI) values.get(Setting.TELEMETRY_SERVICE_URL);
    }

    public boolean learningServiceEnabled() {
        return (Boolean) values.get(Setting.LEARNING_SERVICE_ENABLED);
    }

    public URI learningServiceUrl() {
        return (URI) values.get(Setting.LEARNING_SERVICE_URL);
    }

    public URI monitoringServiceUrl() {
        return (URI) values.get(Setting.MONITORING_SERVICE_URL);
    }

    public URI serviceRegistryUrl() {
        return (URI) values.get(Setting.SERVICE_REGISTRY_URL);
    }

    public Duration connectionTimeout() {
        return (Duration) values.get(Setting.CONNECTION_TIMEOUT);
    }

    public int retryAttempts() {
        return (Integer) values.get(Setting.RETRY_ATTEMPTS);
    }

    public Duration retryDelay() {
        return (Duration) values.get(Setting.RETRY_DELAY);
    }

    public boolean fallbackToLocal() {
        return (Boolean) values.get(Setting.FALLBACK_TO_LOCAL);
    }

    /** The API key, or empty when none is configured. Never log it. */
    public String apiKey() {
        return (String) values.get(Setting.API_KEY);
    }

    public int batchSize() {
        return (Integer) values.get(Setting.BATCH_SIZE);
    }

    public Duration flushInterval() {
        return (Duration) values.get(Setting.FLUSH_INTERVAL);
    }

    /** How long {@code close()} of the telemetry client may send and replay before it spools the rest. */
    public Duration closeTimeout() {
        return (Duration) values.get(Setting.CLOSE_TIMEOUT);
    }

    public int queueCapacity() {
        return (Integer) values.get(Setting.QUEUE_CAPACITY);
    }

    public Path spoolDir() {
        return (Path) values.get(Setting.SPOOL_DIR);
    }

    public long spoolMaxBytes() {
        return (Long) values.get(Setting.SPOOL_MAX_BYTES);
    }

    public Path dataDir() {
        return (Path) values.get(Setting.DATA_DIR);
    }

    public String instanceId() {
        return (String) values.get(Setting.INSTANCE_ID);
    }

    public Source sourceOf(Setting setting) {
        return sources.get(setting);
    }

    /** The effective value as text (the API key masked). */
    public String display(Setting setting) {
        return setting.formatForDisplay(values.get(setting));
    }

    /** One line per setting: {@code key=value (source)}, the API key masked. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        for (Setting setting : Setting.values()) {
            out.append(setting.jsonKey()).append('=').append(display(setting))
                    .append(" (").append(sourceOf(setting)).append(")\n");
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HybridConfig that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "HybridConfig{mode=" + mode().wireName() + ", telemetry=" + telemetryServiceUrl()
                + ", learning=" + learningServiceUrl() + "}";
    }

    /** Starts from the defaults (or a loaded config); every value set here is validated and marked "code". */
    public static final class Builder {
        private final EnumMap<Setting, Object> values = new EnumMap<>(Setting.class);
        private final EnumMap<Setting, Source> sources = new EnumMap<>(Setting.class);

        private Builder() {
            for (Setting setting : Setting.values()) {
                values.put(setting, setting.defaultValue());
                sources.put(setting, Source.DEFAULT);
            }
        }

        private Builder(Map<Setting, Object> values, Map<Setting, Source> sources) {
            this.values.putAll(values);
            this.sources.putAll(sources);
        }

        /** Sets a value read from somewhere else (file, env); the loader uses this. */
        Builder put(Setting setting, Object value, Source source) {
            values.put(setting, value);
            sources.put(setting, source);
            return this;
        }

        private Builder code(Setting setting, Object value) {
            try {
                return put(setting, setting.type().check(value), Source.CODE);
            } catch (ValueType.InvalidValue e) {
                throw new ConfigException("code: " + setting.jsonKey() + ": " + e.getMessage());
            }
        }

        public Builder mode(Mode mode) {
            return code(Setting.MODE, mode);
        }

        public Builder telemetryServiceEnabled(boolean enabled) {
            return code(Setting.TELEMETRY_SERVICE_ENABLED, enabled);
        }

        public Builder telemetryServiceUrl(String url) {
            return code(Setting.TELEMETRY_SERVICE_URL, url);
        }

        public Builder learningServiceEnabled(boolean enabled) {
            return code(Setting.LEARNING_SERVICE_ENABLED, enabled);
        }

        public Builder learningServiceUrl(String url) {
            return code(Setting.LEARNING_SERVICE_URL, url);
        }

        public Builder monitoringServiceUrl(String url) {
            return code(Setting.MONITORING_SERVICE_URL, url);
        }

        public Builder serviceRegistryUrl(String url) {
            return code(Setting.SERVICE_REGISTRY_URL, url);
        }

        public Builder connectionTimeout(Duration timeout) {
            return code(Setting.CONNECTION_TIMEOUT, timeout);
        }

        public Builder retryAttempts(int attempts) {
            return code(Setting.RETRY_ATTEMPTS, attempts);
        }

        public Builder retryDelay(Duration delay) {
            return code(Setting.RETRY_DELAY, delay);
        }

        public Builder fallbackToLocal(boolean fallback) {
            return code(Setting.FALLBACK_TO_LOCAL, fallback);
        }

        public Builder apiKey(String apiKey) {
            return code(Setting.API_KEY, apiKey);
        }

        public Builder batchSize(int batchSize) {
            return code(Setting.BATCH_SIZE, batchSize);
        }

        public Builder flushInterval(Duration interval) {
            return code(Setting.FLUSH_INTERVAL, interval);
        }

        public Builder closeTimeout(Duration timeout) {
            return code(Setting.CLOSE_TIMEOUT, timeout);
        }

        public Builder queueCapacity(int capacity) {
            return code(Setting.QUEUE_CAPACITY, capacity);
        }

        public Builder spoolDir(Path dir) {
            return code(Setting.SPOOL_DIR, dir);
        }

        public Builder spoolMaxBytes(long bytes) {
            return code(Setting.SPOOL_MAX_BYTES, bytes);
        }

        public Builder dataDir(Path dir) {
            return code(Setting.DATA_DIR, dir);
        }

        public Builder instanceId(String id) {
            return code(Setting.INSTANCE_ID, id);
        }

        public HybridConfig build() {
            return new HybridConfig(values, sources);
        }
    }
}
