package io.wickedzerg.bot.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.bot.testing.Strategies;
import io.wickedzerg.clients.learning.GameResult;
import io.wickedzerg.clients.learning.LearningClients;
import io.wickedzerg.clients.learning.StrategyModel;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.Mode;
import io.wickedzerg.optimiser.Optimiser;
import io.wickedzerg.optimiser.OptimiserSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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

    private LocalLearner local() {
        Optimiser optimiser = new Optimiser(Clock.systemUTC());
        return new LocalLearner(dir.resolve("learning"), optimiser,
                optimiser.startFromDefaults(Strategies.space(), OptimiserSettings.defaults(), 1));
    }

    private static GameResult victory(StrategyModel played) {
        return new GameResult("run", "g1", "Victory", 400, 0.9, "", 0, played.parameters(), played.version(),
                "TERRAN EASY", "Wicked Cove");
    }

    @Test
    void withFallbackTheLocalLearnerLearnsAndServesTheModelWhileTheServiceIsDown() throws IOException {
        HybridConfig config = hybridWithServiceDown(true);
        LocalLearner local = local();

        try (RemoteFirstLearning learning = new RemoteFirstLearning(LearningClients.remote(config), local, true)) {
            StrategyModel played = learning.fetchLatestModel().orElseThrow();
            assertThat(played.version()).as("the local learner answers").isEqualTo("local-g0-c00");
            int counted = learning.parametersToUpdate(victory(played));
            assertThat(counted).as("the local learner learns here too: its count").isEqualTo(local.parametersToUpdate(victory(played)))
                    .isPositive();
            learning.sendTrainingData(victory(played));

            assertThat(learning.fetchLatestModel()).hasValueSatisfying(m -> assertThat(m.version()).isEqualTo("local-g0-c01"));
        }
        assertThat(Files.readAllLines(local.resultsFile())).hasSize(1);
    }

    @Test
    void withoutFallbackTheLocalLearnerIsLeftAloneAndNoModelIsServed() throws IOException {
        HybridConfig config = hybridWithServiceDown(false);
        LocalLearner local = local();
        StrategyModel defaults = new StrategyModel("defaults", Strategies.defaults().asMap());

        try (RemoteFirstLearning learning = new RemoteFirstLearning(LearningClients.remote(config), local, false)) {
            assertThat(learning.parametersToUpdate(victory(defaults))).as("no learner here changes anything").isZero();
            learning.sendTrainingData(victory(defaults));

            assertThat(learning.fetchLatestModel()).isEmpty();
        }
        assertThat(local.resultsFile()).doesNotExist();
    }
}
