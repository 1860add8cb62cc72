package io.wickedzerg.bot.wire;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A websocket client (RFC 6455) on a plain socket, for one thread that sends binary messages and then reads the
 * answers itself. There is no reader thread: an answer wakes the thread that waits for it and no other, which on
 * the SC2 API's three round trips a step is three thread hand-offs fewer than a listener-based client needs. Pings
 * are answered while reading; text messages are a protocol error (the SC2 API speaks binary only).
 */
final class BlockingWebSocket implements AutoCloseable {

    /** Thrown by {@link #receive} once the other side has closed the websocket or the connection. */
    static final class ClosedException extends IOException {
        ClosedException(String message) {
            super(message);
        }
    }

    private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final int MAX_HEADER_BYTES = 16 * 1024;
    /** Larger than any SC2 API answer (game data of the real game is a few MB), small enough to refuse garbage. */
    private static final long MAX_MESSAGE_BYTES = 512L * 1024 * 1024;
    private static final int OP_CONTINUATION = 0x0;
    private static final int OP_BINARY = 0x2;
    private static final int OP_CLOSE = 0x8;
    private static final int OP_PING = 0x9;
    private static final int OP_PONG = 0xA;
    private static final int NORMAL_CLOSURE = 1000;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final SplittableRandom masks;
    private byte[] message = new byte[1 << 16];
    private byte[] frame = new byte[1 << 10];
    private boolean closeSent;

    private BlockingWebSocket(Socket socket, DataInputStream in, SplittableRandom masks) throws IOException {
        this.socket = socket;
        this.in = in;
        this.out = socket.getOutputStream();
        this.masks = masks;
    }

    /**
     * Connects and upgrades {@code ws://host:port/path}; every later read waits at most {@code timeout}.
     *
     * @throws IOException when nothing answers, or what answers does not accept the websocket
     */
    static BlockingWebSocket connect(String host, int port, String path, Duration timeout) throws IOException {
        int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true); // each request is one small write; waiting to coalesce it only adds latency
            socket.connect(new InetSocketAddress(host, port), millis);
            socket.setSoTimeout(millis);
            SecureRandom random = new SecureRandom();
            byte[] nonce = new byte[16];
            random.nextBytes(nonce);
            String key = Base64.getEncoder().encodeToString(nonce);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key
                    + "\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 1 << 16));
            checkUpgrade(readHeader(in), key);
            return new BlockingWebSocket(socket, in, new SplittableRandom(random.nextLong()));
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** Sends {@code payload} as one binary message (one frame, one write). */
    void sendBinary(byte[] payload) throws IOException {
        writeFrame(OP_BINARY, payload, payload.length);
    }

    /**
     * Reads the next whole binary message, answering pings on the way. The buffer is valid until the next call.
     *
     * @throws ClosedException                  when the other side closes first
     * @throws java.net.SocketTimeoutException when nothing arrives within the timeout
     * @throws ProtocolException               when what arrives is not a binary websocket message
     */
    ByteBuffer receive() throws IOException {
        int length = 0;
        boolean inMessage = false;
        while (true) {
            int first = in.read();
            if (first < 0) {
                throw new ClosedException("the connection ended");
            }
            int second = in.readUnsignedByte();
            boolean fin = (first & 0x80) != 0;
            int opcode = first & 0x0F;
            long size = second & 0x7F;
            if (size == 126) {
                size = in.readUnsignedShort();
            } else if (size == 127) {
                size = in.readLong();
            }
            byte[] mask = null;
            if ((second & 0x80) != 0) { // servers do not mask, but unmasking costs nothing to accept
                mask = new byte[4];
                in.readFully(mask);
            }
            if (opcode >= OP_CLOSE) {
                handleControl(opcode, readControl(size, mask));
                continue;
            }
            if (opcode != (inMessage ? OP_CONTINUATION : OP_BINARY)) {
                throw new ProtocolException("unexpected websocket frame (opcode " + opcode
                        + (inMessage ? ", in the middle of a message)" : ")") + "; the SC2 API sends binary messages");
            }
            if (size < 0 || length + size > MAX_MESSAGE_BYTES) {
                throw new ProtocolException("a websocket message of more than " + MAX_MESSAGE_BYTES + " bytes");
            }
            int end = length + (int) size;
            if (end > message.length) {
                message = Arrays.copyOf(message, Math.max(end, message.length * 2));
            }
            in.readFully(message, length, (int) size);
            if (mask != null) {
                unmask(message, length, end, mask);
            }
            length = end;
            inMessage = !fin;
            if (fin) {
                return ByteBuffer.wrap(message, 0, length);
            }
        }
    }

    /** Says goodbye with a normal close, without waiting for the answer, and closes the connection. */
    @Override
    public void close() throws IOException {
        try {
            if (!closeSent && !socket.isClosed()) {
                sendClose(NORMAL_CLOSURE);
            }
        } catch (IOException alreadyGone) {
            // the other side hung up first: nothing left to say
        } finally {
            socket.close();
        }
    }

    private byte[] readControl(long size, byte[] mask) throws IOException {
        if (size > 125) {
            throw new ProtocolException("a websocket control frame of " + size + " bytes (at most 125)");
        }
        byte[] payload = new byte[(int) size];
        in.readFully(payload);
        if (mask != null) {
            unmask(payload, 0, payload.length, mask);
        }
        return payload;
    }

    private void handleControl(int opcode, byte[] payload) throws IOException {
        switch (opcode) {
            case OP_PING -> writeFrame(OP_PONG, payload, payload.length);
            case OP_PONG -> {
                // unasked pongs are allowed and mean nothing
            }
            case OP_CLOSE -> {
                int code = payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : NORMAL_CLOSURE;
                if (!closeSent) {
                    try {
                        sendClose(code);
                    } catch (IOException alreadyGone) {
                        // it closed the connection too; the close frame was all it had to say
                    }
                }
                String reason = payload.length > 2
                        ? " (" + new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) + ")" : "";
                throw new ClosedException("the other side closed the websocket with " + code + reason);
            }
            default -> throw new ProtocolException("unknown websocket control frame (opcode " + opcode + ")");
        }
    }

    private void sendClose(int code) throws IOException {
        closeSent = true;
        writeFrame(OP_CLOSE, new byte[] {(byte) (code >> 8), (byte) code}, 2);
    }

    /** One frame, masked as a client must, in one write. */
    private void writeFrame(int opcode, byte[] payload, int length) throws IOException {
        int header = 2 + (length > 0xFFFF ? 8 : length > 125 ? 2 : 0) + 4;
        if (header + length > frame.length) {
            frame = new byte[Math.max(header + length, frame.length * 2)];
        }
        frame[0] = (byte) (0x80 | opcode);
        int at = 2;
        if (length > 0xFFFF) {
            frame[1] = (byte) (0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame[at++] = (byte) ((long) length >>> shift);
            }
        } else if (length > 125) {
            frame[1] = (byte) (0x80 | 126);
            frame[at++] = (byte) (length >>> 8);
            frame[at++] = (byte) length;
        } else {
            frame[1] = (byte) (0x80 | length);
        }
        int key = masks.nextInt();
        byte[] mask = {(byte) (key >>> 24), (byte) (key >>> 16), (byte) (key >>> 8), (byte) key};
        System.arraycopy(mask, 0, frame, at, 4);
        at += 4;
        for (int i = 0; i < length; i++) {
            frame[at + i] = (byte) (payload[i] ^ mask[i & 3]);
        }
        out.write(frame, 0, at + length);
    }

    private static void unmask(byte[] data, int from, int to, byte[] mask) {
        for (int i = from; i < to; i++) {
            data[i] ^= mask[(i - from) & 3];
        }
    }

    /** The HTTP answer to the upgrade, up to its blank line. */
    private static String readHeader(InputStream in) throws IOException {
        StringBuilder header = new StringBuilder();
        while (header.length() < 4 || !header.substring(header.length() - 4).equals("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the connection ended during the websocket upgrade");
            }
            if (header.length() >= MAX_HEADER_BYTES) {
                throw new ProtocolException("the answer to the websocket upgrade has no end of header within "
                        + MAX_HEADER_BYTES + " bytes");
            }
            header.append((char) b);
        }
        return header.toString();
    }

    private static void checkUpgrade(String header, String key) throws ProtocolException {
        String[] lines = header.split("\r\n");
        String[] status = lines[0].split(" ", 3);
        if (status.length < 2 || !status[0].startsWith("HTTP/") || !status[1].equals("101")) {
            throw new ProtocolException("the websocket upgrade was refused: " + lines[0]);
        }
        String expected = accept(key);
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("sec-websocket-accept")) {
                if (line.substring(colon + 1).trim().equals(expected)) {
                    return;
                }
                throw new ProtocolException("the websocket upgrade's Sec-WebSocket-Accept does not match its key");
            }
        }
        throw new ProtocolException("the websocket upgrade's answer has no Sec-WebSocket-Accept");
    }

    private static String accept(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((key + ACCEPT_GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }
}
