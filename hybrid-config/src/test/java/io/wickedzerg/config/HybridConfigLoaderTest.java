package io.wickedzerg.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HybridConfigLoaderTest {

    /** The original design's file, exactly as its guide wrote it. */
    private static final String ORIGINAL_DESIGN_JSON = """
            {
              "mode": "hybrid",
              "telemetry_service_enabled": true,
              "telemetry_service_url": "http://localhost:8001",
              "learning_service_enabled": true,
              "learning_service_url": "http://localhost:8002",
              "monitoring_service_url": "http://localhost:8000",
              "service_registry_url": "http://localhost:8003",
              "connection_timeout": 5,
              "retry_attempts": 3,
              "retry_delay": 1.0,
              "fallback_to_local": true
            }
            """;

    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();

    private HybridConfig load() {
        return new HybridConfigLoader(env, dir).load();
    }

    private void writeDefaultFile(String json) throws IOException {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/hybrid_config.json"), json);
    }

    @Test
    void withNoFileAndNoEnvironmentEverySettingIsItsDefault() {
        HybridConfig config = load();

        assertThat(config).isEqualTo(HybridConfig.builder().build());
        assertThat(config.mode()).isEqualTo(Mode.LOCAL);
        assertThat(config.isHybridMode()).isFalse();
        assertThat(config.isTelemetryRemote()).isFalse();
        assertThat(config.telemetryServiceUrl()).isEqualTo(URI.create("http://localhost:8001"));
        assertThat(config.connectionTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.retryAttempts()).isEqualTo(3);
        assertThat(config.batchSize()).isEqualTo(512);
        assertThat(config.queueCapacity()).isEqualTo(4096);
        assertThat(config.flushInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.closeTimeout()).isEqualTo(Duration.ofSeconds(10));
        for (Setting setting : Setting.values()) {
            assertThat(config.sourceOf(setting)).as(setting.jsonKey()).isEqualTo(Source.DEFAULT);
        }
    }

    @Test
    void theOriginalDesignsFileIsAcceptedAsWritten() throws IOException {
        writeDefaultFile(ORIGINAL_DESIGN_JSON);

        HybridConfig config = load();

        assertThat(config.mode()).isEqualTo(Mode.HYBRID);
        assertThat(config.isTelemetryRemote()).isTrue();
        assertThat(config.isLearningRemote()).isTrue();
        assertThat(config.monitoringServiceUrl()).isEqualTo(URI.create("http://localhost:8000"));
        assertThat(config.serviceRegistryUrl()).isEqualTo(URI.create("http://localhost:8003"));
        assertThat(config.retryDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.fallbackToLocal()).isTrue();
        assertThat(config.sourceOf(Setting.MODE)).isEqualTo(Source.file("config/hybrid_config.json"));
        assertThat(config.sourceOf(Setting.BATCH_SIZE)).isEqualTo(Source.DEFAULT);
    }

    @Test
    void theFileNamedByHybridConfigIsReadInsteadOfTheDefaultOne() throws IOException {
        writeDefaultFile("{\"mode\": \"hybrid\"}");
        Files.writeString(dir.resolve("other.json"), "{\"retry_attempts\": 7, \"connection_timeout\": 0.25}");
        env.put("HYBRID_CONFIG", "other.json");

        HybridConfig config = load();

        assertThat(config.mode()).isEqualTo(Mode.LOCAL);
        assertThat(config.retryAttempts()).isEqualTo(7);
        assertThat(config.connectionTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.sourceOf(Setting.RETRY_ATTEMPTS)).isEqualTo(Source.file("other.json"));
    }

    @Test
    void aSpoolNobodyPlacedFollowsTheDataFolderAndOnePlacedStaysPut() {
        env.put("WZ_DATA_DIR", "/srv/wz");

        assertThat(load().spoolDir()).isEqualTo(Path.of("/srv/wz/spool"));
        assertThat(load().sourceOf(Setting.SPOOL_DIR)).isEqualTo(Source.DEFAULT);

        env.put("SPOOL_DIR", "/var/tmp/spool");
        assertThat(load().spoolDir()).isEqualTo(Path.of("/var/tmp/spool"));
        assertThat(HybridConfig.builder().dataDir(Path.of("d")).build().spoolDir()).isEqualTo(Path.of("d", "spool"));
    }

    @Test
    void everySettingCanComeFromItsEnvironmentVariable() {
        env.put("HYBRID_MODE", "HYBRID");
        env.put("TELEMETRY_SERVICE_ENABLED", "false");
        env.put("TELEMETRY_SERVICE_URL", "https://telemetry.example:9443/");
        env.put("LEARNING_SERVICE_ENABLED", "no");
        env.put("LEARNING_SERVICE_URL", "http://learn:1");
        env.put("MONITORING_SERVICE_URL", "http://mon:2");
        env.put("SERVICE_REGISTRY_URL", "http://reg:3");
        env.put("SERVICE_CONNECTION_TIMEOUT", "2.5");
        env.put("SERVICE_RETRY_ATTEMPTS", "0");
        env.put("SERVICE_RETRY_DELAY", "0");
        env.put("SERVICE_FALLBACK_TO_LOCAL", "0");
        env.put("SERVICE_API_KEY", "s3cret-key");
        env.put("TELEMETRY_BATCH_SIZE", "64");
        env.put("TELEMETRY_FLUSH_INTERVAL", "0.1");
        env.put("TELEMETRY_CLOSE_TIMEOUT", "2.5");
        env.put("TELEMETRY_QUEUE_CAPACITY", "10");
        env.put("SPOOL_DIR", "/var/tmp/spool");
        env.put("SPOOL_MAX_BYTES", "1024");
        env.put("WZ_DATA_DIR", "elsewhere");
        env.put("WZ_INSTANCE_ID", "ladder-7");

        HybridConfig config = load();

        assertThat(config.mode()).isEqualTo(Mode.HYBRID);
        assertThat(config.telemetryServiceEnabled()).isFalse();
        assertThat(config.isTelemetryRemote()).isFalse();
        assertThat(config.telemetryServiceUrl()).isEqualTo(URI.create("https://telemetry.example:9443"));
        assertThat(config.learningServiceEnabled()).isFalse();
        assertThat(config.learningServiceUrl()).isEqualTo(URI.create("http://learn:1"));
        assertThat(config.monitoringServiceUrl()).isEqualTo(URI.create("http://mon:2"));
        assertThat(config.serviceRegistryUrl()).isEqualTo(URI.create("http://reg:3"));
        assertThat(config.connectionTimeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(config.retryAttempts()).isZero();
        assertThat(config.retryDelay()).isEqualTo(Duration.ZERO);
        assertThat(config.fallbackToLocal()).isFalse();
        assertThat(config.apiKey()).isEqualTo("s3cret-key");
        assertThat(config.batchSize()).isEqualTo(64);
        assertThat(config.flushInterval()).isEqualTo(Duration.ofMillis(100));
        assertThat(config.closeTimeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(config.queueCapacity()).isEqualTo(10);
        assertThat(config.spoolDir()).isEqualTo(Path.of("/var/tmp/spool"));
        assertThat(config.spoolMaxBytes()).isEqualTo(1024L);
        assertThat(config.dataDir()).isEqualTo(Path.of("elsewhere"));
        assertThat(config.instanceId()).isEqualTo("ladder-7");
        for (Setting setting : Setting.values()) {
            assertThat(config.sourceOf(setting)).as(setting.jsonKey()).isEqualTo(Source.env(setting.envVar()));
        }
    }

    @Test
    void precedenceIsDefaultThenFileThenEnvironmentThenCode() throws IOException {
        writeDefaultFile("{\"mode\": \"hybrid\", \"retry_attempts\": 5, \"batch_size\": 100}");
        env.put("SERVICE_RETRY_ATTEMPTS", "6");
        env.put("TELEMETRY_BATCH_SIZE", "200");

        HybridConfig loaded = load();
        HybridConfig overridden = loaded.toBuilder().batchSize(300).build();

        assertThat(loaded.queueCapacity()).isEqualTo(4096);
        assertThat(loaded.sourceOf(Setting.QUEUE_CAPACITY)).isEqualTo(Source.DEFAULT);
        assertThat(loaded.mode()).isEqualTo(Mode.HYBRID);
        assertThat(loaded.sourceOf(Setting.MODE)).isEqualTo(Source.file("config/hybrid_config.json"));
        assertThat(loaded.retryAttempts()).isEqualTo(6);
        assertThat(loaded.sourceOf(Setting.RETRY_ATTEMPTS)).isEqualTo(Source.env("SERVICE_RETRY_ATTEMPTS"));
        assertThat(overridden.batchSize()).isEqualTo(300);
        assertThat(overridden.sourceOf(Setting.BATCH_SIZE)).isEqualTo(Source.CODE);
        assertThat(overridden.retryAttempts()).isEqualTo(6);
    }

    @Test
    void anEmptyEnvironmentVariableCountsAsUnset() {
        env.put("HYBRID_MODE", "");

        assertThat(load().sourceOf(Setting.MODE)).isEqualTo(Source.DEFAULT);
    }

    @Test
    void describeNamesEveryValueWithItsSourceAndMasksTheApiKey() {
        env.put("HYBRID_MODE", "hybrid");
        env.put("SERVICE_API_KEY", "top-secret-value");

        String described = load().describe();

        assertThat(described).contains("mode=hybrid (env HYBRID_MODE)")
                .contains("retry_attempts=3 (default)")
                .contains("connection_timeout=5 (default)")
                .contains("api_key=****** (set, 16 chars) (env SERVICE_API_KEY)")
                .doesNotContain("top-secret-value");
        assertThat(described.lines()).hasSize(Setting.values().length);
    }

    @Test
    void processWideGetReturnsWhatSetStored() {
        HybridConfig mine = HybridConfig.builder().mode(Mode.HYBRID).instanceId("from-code").build();

        HybridConfig.set(mine);

        assertThat(HybridConfig.get()).isSameAs(mine);
        assertThat(HybridConfig.get().sourceOf(Setting.MODE)).isEqualTo(Source.CODE);
    }

    // ---- errors ----

    @Test
    void unknownModeInTheEnvironmentNamesTheVariableAndTheAllowedValues() {
        env.put("HYBRID_MODE", "bogus");

        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessageContaining("HYBRID_MODE").hasMessageContaining("bogus")
                .hasMessageContaining("local, hybrid");
    }

    @Test
    void unknownModeInTheFileNamesTheFileAndTheKey() throws IOException {
        writeDefaultFile("{\n  \"mode\": \"distributed\"\n}");

        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessageContaining("config/hybrid_config.json (line 2, column 3): key \"mode\"")
                .hasMessageContaining("local, hybrid");
    }

    @Test
    void aStringWhereANumberBelongsNamesTheFileAndTheKey() throws IOException {
        writeDefaultFile("{\"retry_attempts\": \"three\"}");

        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessageContaining("config/hybrid_config.json")
                .hasMessageContaining("\"retry_attempts\"")
                .hasMessageContaining("must be an integer, got the string \"three\"");
    }

    @Test
    void wrongJsonTypesAreRejectedForEveryKindOfSetting() throws IOException {
        String[][] cases = {
            {"{\"fallback_to_local\": \"yes\"}", "fallback_to_local", "must be a boolean"},
            {"{\"connection_timeout\": \"5\"}", "connection_timeout", "must be a number of seconds"},
            {"{\"telemetry_service_url\": 8001}", "telemetry_service_url", "must be a string"},
            {"{\"batch_size\": 1.5}", "batch_size", "must be an integer"},
            {"{\"mode\": null}", "mode", "got null"},
            {"{\"spool_dir\": [\"a\"]}", "spool_dir", "got an array"},
        };
        for (String[] c : cases) {
            writeDefaultFile(c[0]);
            assertThatThrownBy(this::load).as(c[0]).isInstanceOf(ConfigException.class)
                    .hasMessageContaining("\"" + c[1] + "\"").hasMessageContaining(c[2]);
        }
    }

    @Test
    void malformedAndNonHttpUrlsAreRejected() {
        env.put("TELEMETRY_SERVICE_URL", "ftp://example.com");
        assertThatThrownBy(this::load).hasMessageContaining("TELEMETRY_SERVICE_URL")
                .hasMessageContaining("not an http(s) URL");

        env.put("TELEMETRY_SERVICE_URL", "http://exa mple.com");
        assertThatThrownBy(this::load).hasMessageContaining("not a valid URL");

        env.put("TELEMETRY_SERVICE_URL", "localhost:8001");
        assertThatThrownBy(this::load).hasMessageContaining("TELEMETRY_SERVICE_URL");
    }

    @Test
    void nonPositiveTimeoutIsRejected() throws IOException {
        env.put("SERVICE_CONNECTION_TIMEOUT", "0");
        assertThatThrownBy(this::load).hasMessageContaining("SERVICE_CONNECTION_TIMEOUT")
                .hasMessageContaining("> 0");

        env.clear();
        writeDefaultFile("{\"connection_timeout\": -1}");
        assertThatThrownBy(this::load).hasMessageContaining("\"connection_timeout\"")
                .hasMessageContaining("out of range");
    }

    @Test
    void closeTimeoutComesFromTheFileInSecondsAndMustBePositive() throws IOException {
        writeDefaultFile("{\"close_timeout\": 0.25}");
        assertThat(load().closeTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(load().sourceOf(Setting.CLOSE_TIMEOUT)).isEqualTo(Source.file("config/hybrid_config.json"));

        env.put("TELEMETRY_CLOSE_TIMEOUT", "0");
        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessageContaining("TELEMETRY_CLOSE_TIMEOUT").hasMessageContaining("> 0");
        assertThatThrownBy(() -> HybridConfig.builder().closeTimeout(Duration.ofSeconds(-1)))
                .hasMessageContaining("code: close_timeout");
    }

    @Test
    void negativeRetriesAreRejected() {
        env.put("SERVICE_RETRY_ATTEMPTS", "-1");

        assertThatThrownBy(this::load).hasMessageContaining("SERVICE_RETRY_ATTEMPTS")
                .hasMessageContaining(">= 0");
    }

    @Test
    void anUnknownKeySuggestsTheNearestKnownOne() throws IOException {
        writeDefaultFile("{\"retry_attempt\": 3}");

        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessageContaining("key \"retry_attempt\" is not a known setting")
                .hasMessageContaining("did you mean \"retry_attempts\"");
    }

    @Test
    void anUnknownKeyFarFromAnyKnownOneListsTheKnownKeys() throws IOException {
        writeDefaultFile("{\"colour\": \"red\"}");

        assertThatThrownBy(this::load).hasMessageContaining("known keys: mode, telemetry_service_enabled");
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws IOException {
        writeDefaultFile("{\n  \"mode\": \"local\",\n  \"retry_attempts\": 3,,\n}");

        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessageContaining("config/hybrid_config.json (line 3")
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void duplicateKeysAndTrailingGarbageAreMalformed() throws IOException {
        writeDefaultFile("{\"mode\": \"local\", \"mode\": \"hybrid\"}");
        assertThatThrownBy(this::load).hasMessageContaining("malformed JSON").hasMessageContaining("mode");

        writeDefaultFile("{\"mode\": \"local\"} {}");
        assertThatThrownBy(this::load).hasMessageContaining("malformed JSON");
    }

    @Test
    void emptyFileAndNonObjectRootAreRejected() throws IOException {
        writeDefaultFile("  \n");
        assertThatThrownBy(this::load).hasMessageContaining("the file is empty");

        writeDefaultFile("[1, 2]");
        assertThatThrownBy(this::load).hasMessageContaining("expected a JSON object");
    }

    @Test
    void aMissingFileNamedByHybridConfigIsAnError() {
        env.put("HYBRID_CONFIG", "missing.json");

        assertThatThrownBy(this::load).hasMessageContaining("HYBRID_CONFIG")
                .hasMessageContaining("missing.json");
    }

    @Test
    void anUnreadableFileIsAnError() throws IOException {
        // A directory where the file should be cannot be read as text, whoever runs the test.
        Files.createDirectories(dir.resolve("config/hybrid_config.json"));

        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessageContaining("config/hybrid_config.json: cannot read the config file");
    }

    @Test
    void invalidValuesSetInCodeAreRejectedAndNamed() {
        HybridConfig.Builder builder = HybridConfig.builder();

        assertThatThrownBy(() -> builder.retryAttempts(-2)).hasMessageContaining("code: retry_attempts");
        assertThatThrownBy(() -> builder.telemetryServiceUrl("nope")).hasMessageContaining("telemetry_service_url");
        assertThatThrownBy(() -> builder.connectionTimeout(Duration.ZERO)).hasMessageContaining("connection_timeout");
        assertThatThrownBy(() -> builder.instanceId("has space")).hasMessageContaining("instance_id");
    }

    @Test
    void theShippedConfigFileLoadsAsLocalMode() throws IOException {
        Path root = Path.of(System.getProperty("wz.projectRoot", ".."));
        writeDefaultFile(Files.readString(root.resolve("config/hybrid_config.json")));

        HybridConfig config = load();

        assertThat(config.mode()).isEqualTo(Mode.LOCAL);
        assertThat(config.sourceOf(Setting.RETRY_ATTEMPTS)).isEqualTo(Source.file("config/hybrid_config.json"));
    }
}
