package io.wickedzerg.bot.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.bot.strategy.StrategyParameters;
import io.wickedzerg.clients.learning.GameResult;
import io.wickedzerg.clients.learning.LearningClients;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.Mode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learning path in hybrid mode with the real HTTP client and a learning service that is down. */
class RemoteFirstLearningTest {

    @TempDir
    Path dir;

    private HybridConfig hybridWithServiceDown(boolean fallbackToLocal) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        return HybridConfig.builder().mode(Mode.HYBRID)
                .learningServiceUrl("http://127.0.0.1:" + closedPort)
                .connectionTimeout(Duration.ofMillis(500)).retryAttempts(0)
                .fallbackToLocal(fallbackToLocal)
                .dataDir(dir.resolve("data")).spoolDir(dir.resolve("spool")).build();
    }

    private static GameResult victory() {
        Map<String, Double> played = StrategyParameters.defaults().asMap();
        return new GameResult("run", "g1", "Victory", 400, 0.9, "", 0, played, "v0", "TERRAN EASY", "Wicked Cove");
    }

    private static Map<String, Double> explored() {
        Map<String, Double> played = new java.util.HashMap<>(StrategyParameters.defaults().asMap());
        played.put("attack_supply", 50.0);
        return played;
    }

    @Test
    void withFallbackTheLocalLearnerLearnsAndServesTheModelWhileTheServiceIsDown() throws IOException {
        HybridConfig config = hybridWithServiceDown(true);
        LocalLearner local = new LocalLearner(dir.resolve("learning"), new UpdateRule(0.3),
                StrategyParameters.defaults().asMap());

        try (RemoteFirstLearning learning = new RemoteFirstLearning(LearningClients.remote(config), local, true)) {
            int counted = learning.parametersToUpdate("Victory", explored());
            assertThat(counted).as("the local learner learns here too: its count").isEqualTo(1);
            learning.sendTrainingData(victory());

            assertThat(learning.fetchLatestModel()).hasValueSatisfying(m -> assertThat(m.version()).isEqualTo("local-1"));
        }
        assertThat(Files.readAllLines(local.resultsFile())).hasSize(1);
    }

    @Test
    void withoutFallbackTheLocalLearnerIsLeftAloneAndNoModelIsServed() throws IOException {
        HybridConfig config = hybridWithServiceDown(false);
        LocalLearner local = new LocalLearner(dir.resolve("learning"), new UpdateRule(0.3),
                StrategyParameters.defaults().asMap());

        try (RemoteFirstLearning learning = new RemoteFirstLearning(LearningClients.remote(config), local, false)) {
            assertThat(learning.parametersToUpdate("Victory", explored())).as("no learner here changes anything").isZero();
            learning.sendTrainingData(victory());

            assertThat(learning.fetchLatestModel()).isEmpty();
        }
        assertThat(local.resultsFile()).doesNotExist();
    }
}
