package io.wickedzerg.bot.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.bot.game.GameClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LadderEntryTest {

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void withNoServerListeningTheBotSaysSoInOneLineAndExits1() throws Exception {
        String port = String.valueOf(closedPort());
        StringWriter err = new StringWriter();

        int code = new LadderEntry(Duration.ofMillis(300)).run(
                new String[] {"--LadderServer", "127.0.0.1", "--GamePort", port, "--StartPort", port}, new PrintWriter(err, true));

        assertThat(code).isEqualTo(LadderEntry.EXIT_NO_GAME);
        assertThat(err.toString().strip()).startsWith("error: no game server at 127.0.0.1:" + port + " (--LadderServer, --GamePort)")
                .doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void aServerThatStartsListeningWithinThePatienceIsFound() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            assertThat(GameServerProbe.awaitListening("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(2))).isTrue();
        }
    }

    @Test
    void badFlagsAreExit2() {
        StringWriter err = new StringWriter();

        int code = new LadderEntry().run(new String[] {"--LadderServer", "127.0.0.1", "--GamePort", "0", "--StartPort", "1"},
                new PrintWriter(err, true));

        assertThat(code).isEqualTo(LadderEntry.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("--GamePort");
    }

    @Test
    void anUnknownClientIsExit2NamingTheVariableAndItsValues() {
        StringWriter err = new StringWriter();

        int code = new LadderEntry().run(new String[] {"--LadderServer", "127.0.0.1", "--GamePort", "5000",
                "--StartPort", "5000"}, new PrintWriter(err, true), "python");

        assertThat(code).isEqualTo(LadderEntry.EXIT_BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("error: WZ_CLIENT must be wire or ocraft, was 'python'");
        assertThat(GameClient.parse(" Wire ")).contains(GameClient.WIRE);
        assertThat(GameClient.parse("OCRAFT")).contains(GameClient.OCRAFT);
    }
}
