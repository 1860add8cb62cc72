package io.wickedzerg.sim.replay;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.engine.Difficulty;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Wicked Zerg's replay file, version 2 (docs/replay-format.md): the ASCII magic {@code WZREPLAY}, a big-endian u16
 * version, the CRC-32 and length of the payload, then the payload: a gzip stream of the settings, the events, the
 * state hashes and the end. The header stays uncompressed so a reader can tell a newer version or a damaged file
 * before it inflates anything. Version 1 was a placeholder without actions and is refused with a reason.
 */
public final class ReplayFormat {
    public static final byte[] MAGIC = "WZREPLAY".getBytes(StandardCharsets.US_ASCII);
    public static final int VERSION = 2;
    private static final int HEADER = MAGIC.length + 2 + 4 + 4;
    /** Guards against a damaged length field asking for gigabytes. */
    private static final int MAX_PAYLOAD = 512 * 1024 * 1024;
    private static final String WRITER = "Wicked Zerg sim";

    private ReplayFormat() {
    }

    public static byte[] write(Replay replay) {
        try {
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(compressed, 1 << 16))) {
                body(replay, out);
            }
            byte[] payload = compressed.toByteArray();
            CRC32 crc = new CRC32();
            crc.update(payload);
            ByteBuffer file = ByteBuffer.allocate(HEADER + payload.length);
            file.put(MAGIC).putShort((short) VERSION).putInt((int) crc.getValue()).putInt(payload.length).put(payload);
            return file.array();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a replay in memory failed", e);
        }
    }

    /** Reads a replay file; the exception's message names the file and says in one line what is wrong. */
    public static Replay read(Path file) throws ReplayFormatException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReplayFormatException("cannot read replay " + file + ": " + e, e);
        }
        try {
            return read(bytes);
        } catch (ReplayFormatException e) {
            throw new ReplayFormatException("replay " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a replay; a message of the exception says what is wrong with it in one line. */
    public static Replay read(byte[] file) throws ReplayFormatException {
        if (file.length < MAGIC.length + 2 || !Arrays.equals(Arrays.copyOf(file, MAGIC.length), MAGIC)) {
            throw new ReplayFormatException("not a Wicked Zerg replay (it does not start with WZREPLAY)");
        }
        ByteBuffer header = ByteBuffer.wrap(file);
        header.position(MAGIC.length);
        int version = Short.toUnsignedInt(header.getShort());
        if (version == 1) {
            throw new ReplayFormatException("replay format version 1 is a placeholder without actions (saved by an "
                    + "older sim); it cannot be re-simulated");
        }
        if (version > VERSION) {
            throw new ReplayFormatException("replay format version " + version + " is newer than this sim reads (up to "
                    + VERSION + "); update Wicked Zerg");
        }
        if (version != VERSION) {
            throw new ReplayFormatException("replay format version " + version + " is unknown; this sim reads version "
                    + VERSION);
        }
        if (file.length < HEADER) {
            throw new ReplayFormatException("damaged: the file ends inside its header (" + file.length + " bytes)");
        }
        long expectedCrc = Integer.toUnsignedLong(header.getInt());
        int length = header.getInt();
        if (length < 0 || length > MAX_PAYLOAD || length != file.length - HEADER) {
            throw new ReplayFormatException("damaged: the header says " + Integer.toUnsignedString(length)
                    + " bytes of payload, the file has " + (file.length - HEADER) + " (truncated or cut?)");
        }
        CRC32 crc = new CRC32();
        crc.update(file, HEADER, length);
        if (crc.getValue() != expectedCrc) {
            throw new ReplayFormatException(String.format("damaged: checksum mismatch (CRC-32 %08x stored, %08x read)",
                    expectedCrc, crc.getValue()));
        }
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(
                new ByteArrayInputStream(file, HEADER, length), 1 << 16))) {
            return body(in);
        } catch (EOFException e) {
            throw new ReplayFormatException("damaged: the payload ends early", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new ReplayFormatException("damaged: " + e.getMessage(), e);
        }
    }

    // ---- the payload -------------------------------------------------------------------------------------

    private static void body(Replay replay, DataOutputStream out) throws IOException {
        out.writeUTF(WRITER);
        ReplaySettings s = replay.settings();
        out.writeByte(s.map().kind().code());
        out.writeUTF(s.map().name());
        out.writeByte(s.map().files().size());
        for (byte[] file : s.map().files()) {
            bytes(out, file);
        }
        out.writeLong(s.seed());
        out.writeLong(s.loopLimit());
        out.writeBoolean(s.realtime());
        out.writeInt(s.hashInterval());
        out.writeByte(s.players().size());
        for (ReplayPlayer p : s.players()) {
            out.writeByte(p.id());
            out.writeBoolean(p.computer());
            out.writeByte(p.requested().protoValue());
            out.writeByte(p.played().protoValue());
            out.writeByte(p.difficulty() == null ? 0 : p.difficulty().protoValue());
            out.writeUTF(p.name());
        }
        out.writeInt(replay.events().size());
        for (ReplayEvent e : replay.events()) {
            out.writeLong(e.loop());
            out.writeByte(e.playerId());
            out.writeByte(e.kind().code());
            bytes(out, e.payload());
        }
        out.writeInt(replay.hashes().size());
        for (LoopHash h : replay.hashes()) {
            out.writeLong(h.loop());
            out.writeLong(h.hash());
        }
        ReplayEnd end = replay.end();
        out.writeLong(end.finalLoop());
        out.writeLong(end.finalHash());
        out.writeBoolean(end.over());
        out.writeByte(end.results().size());
        for (Map.Entry<Integer, String> r : end.results().entrySet()) {
            out.writeByte(r.getKey());
            out.writeUTF(r.getValue());
        }
    }

    private static Replay body(DataInputStream in) throws IOException {
        in.readUTF(); // the writer, for people reading the file
        MapSource.Kind kind = Coded.of(MapSource.Kind.class, in.readUnsignedByte(), "map source kind");
        String mapName = in.readUTF();
        int fileCount = in.readUnsignedByte();
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < fileCount; i++) {
            files.add(bytes(in));
        }
        long seed = in.readLong();
        long loopLimit = in.readLong();
        boolean realtime = in.readBoolean();
        int hashInterval = in.readInt();
        int playerCount = in.readUnsignedByte();
        List<ReplayPlayer> players = new ArrayList<>();
        for (int i = 0; i < playerCount; i++) {
            int id = in.readUnsignedByte();
            boolean computer = in.readBoolean();
            Race requested = Race.fromProto(in.readUnsignedByte());
            Race played = Race.fromProto(in.readUnsignedByte());
            int difficulty = in.readUnsignedByte();
            players.add(new ReplayPlayer(id, computer, requested, played,
                    difficulty == 0 ? null : Difficulty.fromProto(difficulty), in.readUTF()));
        }
        ReplaySettings settings = new ReplaySettings(new MapSource(kind, mapName, files), seed, loopLimit, realtime,
                hashInterval, players);
        int eventCount = count(in, "events");
        List<ReplayEvent> events = new ArrayList<>(Math.min(eventCount, 1 << 16));
        for (int i = 0; i < eventCount; i++) {
            long loop = in.readLong();
            int player = in.readUnsignedByte();
            ReplayEvent.Kind eventKind = Coded.of(ReplayEvent.Kind.class, in.readUnsignedByte(), "event kind");
            events.add(new ReplayEvent(loop, player, eventKind, bytes(in)));
        }
        int hashCount = count(in, "hashes");
        List<LoopHash> hashes = new ArrayList<>(Math.min(hashCount, 1 << 16));
        for (int i = 0; i < hashCount; i++) {
            hashes.add(new LoopHash(in.readLong(), in.readLong()));
        }
        long finalLoop = in.readLong();
        long finalHash = in.readLong();
        boolean over = in.readBoolean();
        int resultCount = in.readUnsignedByte();
        Map<Integer, String> results = new LinkedHashMap<>();
        for (int i = 0; i < resultCount; i++) {
            results.put(in.readUnsignedByte(), in.readUTF());
        }
        return new Replay(settings, events, hashes, new ReplayEnd(finalLoop, finalHash, over, results));
    }

    private static int count(DataInputStream in, String what) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("negative count of " + what + " (" + n + ")");
        }
        return n;
    }

    private static void bytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_PAYLOAD) {
            throw new IOException("a field claims " + Integer.toUnsignedString(n) + " bytes");
        }
        byte[] bytes = in.readNBytes(n);
        if (bytes.length != n) {
            throw new EOFException();
        }
        return bytes;
    }
}
