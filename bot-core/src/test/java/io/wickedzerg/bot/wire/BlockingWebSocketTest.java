package io.wickedzerg.bot.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProtocolException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The websocket client's framing against a server on loopback that writes the frames byte by byte as the test says:
 * what a library server (MockWebServer, in {@link Sc2SocketTest}) never sends, such as a message in fragments with a
 * ping between them.
 */
class BlockingWebSocketTest {

    private static final Pattern KEY = Pattern.compile("Sec-WebSocket-Key: (\\S+)");

    private final ServerSocket server = new ServerSocket(0);
    private final CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> {
        try {
            return server.accept();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    });

    BlockingWebSocketTest() throws IOException {
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        if (accepted.isDone() && !accepted.isCompletedExceptionally()) {
            accepted.get().close();
        }
    }

    /** Connects while the server answers the upgrade with {@code answer} (its accept computed when {@code null}). */
    private BlockingWebSocket connect(String answer) throws Exception {
        CompletableFuture<BlockingWebSocket> client = CompletableFuture.supplyAsync(() -> {
            try {
                return BlockingWebSocket.connect("127.0.0.1", server.getLocalPort(), "/sc2api", Duration.ofSeconds(5));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Socket peer = accepted.get(5, TimeUnit.SECONDS);
        peer.setSoTimeout(5000); // a frame the client never sends fails the test instead of hanging it
        String request = readHeader(peer.getInputStream());
        assertThat(request).startsWith("GET /sc2api HTTP/1.1\r\n").contains("Upgrade: websocket");
        Matcher key = KEY.matcher(request);
        assertThat(key.find()).isTrue();
        peer.getOutputStream().write((answer != null ? answer : "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket"
                + "\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: " + accept(key.group(1)) + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        try {
            return client.get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw (Exception) e.getCause().getCause();
        }
    }

    private Socket peer() throws Exception {
        return accepted.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aMessageInFragmentsWithAPingBetweenArrivesWholeAndThePingIsAnswered() throws Exception {
        try (BlockingWebSocket socket = connect(null)) {
            OutputStream out = peer().getOutputStream();
            out.write(frame(false, 0x2, bytes(0, 200)));          // binary, not final, 16-bit length
            out.write(frame(true, 0x9, "are you there".getBytes(StandardCharsets.UTF_8)));
            out.write(frame(false, 0x0, bytes(200, 70_000)));     // continuation, 64-bit length
            out.write(frame(true, 0x0, bytes(70_000, 70_005)));   // the last part, 7-bit length

            ByteBuffer message = socket.receive();

            byte[] whole = new byte[message.remaining()];
            message.get(whole);
            assertThat(whole).isEqualTo(bytes(0, 70_005));
            Frame pong = readFrame(peer().getInputStream());
            assertThat(pong.opcode()).isEqualTo(0xA);
            assertThat(pong.masked()).as("a client masks every frame").isTrue();
            assertThat(new String(pong.payload(), StandardCharsets.UTF_8)).isEqualTo("are you there");
        }
    }

    @Test
    void whatTheClientSendsIsOneMaskedBinaryFrame() throws Exception {
        try (BlockingWebSocket socket = connect(null)) {
            socket.sendBinary(bytes(0, 300));

            Frame frame = readFrame(peer().getInputStream());
            assertThat(frame.fin()).isTrue();
            assertThat(frame.opcode()).isEqualTo(0x2);
            assertThat(frame.masked()).isTrue();
            assertThat(frame.payload()).isEqualTo(bytes(0, 300));
        }
    }

    @Test
    void aCloseFromTheServerIsAnsweredAndEndsReading() throws Exception {
        try (BlockingWebSocket socket = connect(null)) {
            byte[] close = {0x03, (byte) 0xE8, 'b', 'y', 'e'}; // 1000, "bye"
            peer().getOutputStream().write(frame(true, 0x8, close));

            assertThatThrownBy(socket::receive).isInstanceOf(BlockingWebSocket.ClosedException.class)
                    .hasMessage("the other side closed the websocket with 1000 (bye)");
            Frame answer = readFrame(peer().getInputStream());
            assertThat(answer.opcode()).isEqualTo(0x8);
            assertThat(answer.payload()).containsExactly(0x03, 0xE8);
        }
    }

    @Test
    void aTextMessageIsAProtocolError() throws Exception {
        try (BlockingWebSocket socket = connect(null)) {
            peer().getOutputStream().write(frame(true, 0x1, "hello".getBytes(StandardCharsets.UTF_8)));

            assertThatThrownBy(socket::receive).isInstanceOf(ProtocolException.class)
                    .hasMessageContaining("unexpected websocket frame (opcode 1)");
        }
    }

    @Test
    void aRefusedUpgradeNamesTheAnswer() {
        assertThatThrownBy(() -> connect("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"))
                .isInstanceOf(ProtocolException.class)
                .hasMessage("the websocket upgrade was refused: HTTP/1.1 404 Not Found");
    }

    @Test
    void anUpgradeWithTheWrongAcceptIsRefused() {
        assertThatThrownBy(() -> connect("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Accept: bm90IHRoZSByaWdodCBvbmU=\r\n\r\n"))
                .isInstanceOf(ProtocolException.class)
                .hasMessage("the websocket upgrade's Sec-WebSocket-Accept does not match its key");
    }

    private record Frame(boolean fin, int opcode, boolean masked, byte[] payload) {
    }

    /** A server's frame: unmasked, with the shortest length encoding. */
    private static byte[] frame(boolean fin, int opcode, byte[] payload) {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write((fin ? 0x80 : 0) | opcode);
        if (payload.length <= 125) {
            frame.write(payload.length);
        } else if (payload.length <= 0xFFFF) {
            frame.write(126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xFF);
        } else {
            frame.write(127);
            frame.writeBytes(ByteBuffer.allocate(8).putLong(payload.length).array());
        }
        frame.writeBytes(payload);
        return frame.toByteArray();
    }

    private static Frame readFrame(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        int first = in.readUnsignedByte();
        int second = in.readUnsignedByte();
        long length = second & 0x7F;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        boolean masked = (second & 0x80) != 0;
        byte[] mask = new byte[4];
        if (masked) {
            in.readFully(mask);
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        for (int i = 0; i < payload.length && masked; i++) {
            payload[i] ^= mask[i & 3];
        }
        return new Frame((first & 0x80) != 0, first & 0x0F, masked, payload);
    }

    private static byte[] bytes(int from, int to) {
        byte[] bytes = new byte[to - from];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ((from + i) * 31);
        }
        return bytes;
    }

    private static String readHeader(InputStream in) throws IOException {
        StringBuilder header = new StringBuilder();
        while (!header.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("no end of header: " + header);
            }
            header.append((char) b);
        }
        return header.toString();
    }

    private static String accept(String key) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(
                (key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII)));
    }
}
