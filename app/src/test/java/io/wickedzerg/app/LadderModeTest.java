package io.wickedzerg.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * As on AI Arena: {@code sim serve} in one process with a pre-created game, the bot in another
 * process started with the ladder flags, played to a result; the opponent id keys the learning data.
 * Both processes run from this module's test classpath (the shaded jar is built after tests).
 */
class LadderModeTest {

    @Test
    void aLadderLaunchedBotPlaysTheServersGameToAResult(@TempDir Path work) throws Exception {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        Process server = new ProcessBuilder(java, "-cp", cp, "io.wickedzerg.sim.server.SimMain", "serve", "--port",
                String.valueOf(port), "--computer-race", "Terran", "--difficulty", "Easy", "--seed", "5")
                .redirectErrorStream(true).redirectOutput(work.resolve("server.log").toFile()).start();
        try {
            waitForPort(port, server);
            Files.createDirectories(work.resolve("bot"));
            Path root = ProjectFiles.root();
            List<String> command = new ArrayList<>(List.of(java, "-cp", cp, "-DWZ_unused=1",
                    "io.wickedzerg.app.WickedZergCli",
                    "--LadderServer", "127.0.0.1", "--GamePort", String.valueOf(port), "--StartPort", String.valueOf(port),
                    "--OpponentId", "opponent-42"));
            ProcessBuilder bot = new ProcessBuilder(command).directory(root.toFile())
                    .redirectErrorStream(true).redirectOutput(work.resolve("bot.log").toFile());
            bot.environment().put("WZ_DATA_DIR", work.resolve("data").toString());
            bot.environment().put("SPOOL_DIR", work.resolve("data/spool").toString());
            Process botProcess = bot.start();
            boolean finished = botProcess.waitFor(150, TimeUnit.SECONDS);
            String log = Files.readString(work.resolve("bot.log"));
            if (!finished) {
                botProcess.destroyForcibly();
            }

            assertThat(finished).as("bot finished; log:\n" + tail(log)).isTrue();
            assertThat(botProcess.exitValue()).as(tail(log)).isZero();
            assertThat(log).contains("result Victory vs opponent opponent-42");
            assertThat(work.resolve("data/opponents/opponent-42/learning/optimiser-state.json")).exists();
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String tail(String log) {
        return log.length() < 4000 ? log : log.substring(log.length() - 4000);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Polls the port (the server prints nothing we can wait on more cheaply); bounded, no sleeps of fixed length. */
    private static void waitForPort(int port, Process server) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("sim server exited with " + server.exitValue());
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                try {
                    server.onExit().get(50, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException stillRunning) {
                    // not listening yet, still alive: poll again
                }
            }
        }
        throw new IllegalStateException("sim server did not listen on " + port);
    }
}
