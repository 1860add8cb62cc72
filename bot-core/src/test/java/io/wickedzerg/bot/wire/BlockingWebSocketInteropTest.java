package io.wickedzerg.bot.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The websocket client against a server it shares no code with: aiohttp, on Debian's python3 (python3-aiohttp,
 * which {@code .ci/run}'s python-sc2 set-up installs). AI Arena's proxy served bots through aiohttp before it was
 * rewritten in Rust; python-sc2 talks to the game through aiohttp's client. Skipped, saying why, without them.
 */
class BlockingWebSocketInteropTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private Process server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void anAiohttpServerIsAnsweredAndClosedCleanly() throws Exception {
        assumeTrue(aiohttpAvailable(), "no aiohttp for " + PYTHON + " (Debian's python3-aiohttp; .ci/run installs it)");
        server = new ProcessBuilder(PYTHON.toString(), script().toString()).redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String listening = nextLine(lines);
        assertThat(listening).startsWith("listening ");
        int port = Integer.parseInt(listening.substring("listening ".length()).strip());

        try (BlockingWebSocket socket = BlockingWebSocket.connect("127.0.0.1", port, "/sc2api", Duration.ofSeconds(10))) {
            socket.sendBinary("abc".getBytes(StandardCharsets.US_ASCII));
            assertThat(text(socket.receive())).isEqualTo("cba");

            socket.sendBinary("P".getBytes(StandardCharsets.US_ASCII));
            assertThat(text(socket.receive())).as("our pong carried the ping's payload").isEqualTo("pong:are you there");

            socket.sendBinary("L".getBytes(StandardCharsets.US_ASCII));
            ByteBuffer big = socket.receive();
            assertThat(big.remaining()).isEqualTo(3 * 1024 * 1024);
            for (int i = 0; i < big.remaining(); i += 4099) {
                assertThat(big.get(big.position() + i)).isEqualTo((byte) (i % 256));
            }
        }

        assertThat(nextLine(lines)).isEqualTo("closed 1000");
        assertThat(server.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    private static String text(ByteBuffer message) {
        return StandardCharsets.US_ASCII.decode(message).toString();
    }

    private static String nextLine(BufferedReader lines) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return lines.readLine();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }).get(20, TimeUnit.SECONDS);
    }

    private static boolean aiohttpAvailable() throws Exception {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        Process check = new ProcessBuilder(PYTHON.toString(), "-c", "import aiohttp").redirectErrorStream(true).start();
        return check.waitFor(30, TimeUnit.SECONDS) && check.exitValue() == 0;
    }

    private static Path script() throws URISyntaxException {
        return Path.of(BlockingWebSocketInteropTest.class.getResource("aiohttp_sc2api_server.py").toURI());
    }
}
