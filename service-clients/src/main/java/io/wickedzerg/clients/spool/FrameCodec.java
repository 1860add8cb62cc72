package io.wickedzerg.clients.spool;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The frame layout of a spool segment:
 * {@code magic(4) | bodyLength(4) | crc32c(body)(4) | body}, body = {@code records(4) | idLength(2) | id | payload}.
 * The magic lets a reader find the next frame after a damaged one, so one bad frame never costs the
 * frames after it.
 */
final class FrameCodec {

    static final int MAGIC = 0x575A5346; // "WZSF"
    static final int HEADER_BYTES = 12;
    static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

    private FrameCodec() {
    }

    static ByteBuffer encode(SpoolFrame frame) {
        byte[] id = frame.batchId().getBytes(StandardCharsets.UTF_8);
        int bodyLength = 4 + 2 + id.length + frame.payload().length;
        if (bodyLength > MAX_BODY_BYTES) {
            throw new IllegalArgumentException("payload: a frame holds at most " + MAX_BODY_BYTES + " bytes");
        }
        ByteBuffer out = ByteBuffer.allocate(HEADER_BYTES + bodyLength);
        out.putInt(MAGIC).putInt(bodyLength).putInt(0);
        out.putInt(frame.records()).putShort((short) id.length).put(id).put(frame.payload());
        CRC32C crc = new CRC32C();
        crc.update(out.array(), HEADER_BYTES, bodyLength);
        out.putInt(8, (int) crc.getValue());
        out.flip();
        return out;
    }

    /** Every intact frame of a segment's bytes, the count of damaged stretches, and where the last good frame ends. */
    static Scan scan(ByteBuffer data) {
        List<SpoolFrame> frames = new ArrayList<>();
        int corrupt = 0;
        int validEnd = 0;
        int pos = 0;
        int limit = data.limit();
        boolean inDamage = false;
        while (pos + HEADER_BYTES <= limit) {
            SpoolFrame frame = tryDecode(data, pos, limit);
            if (frame != null) {
                frames.add(frame);
                pos += HEADER_BYTES + data.getInt(pos + 4);
                validEnd = pos;
                inDamage = false;
            } else {
                if (!inDamage) {
                    corrupt++;
                    inDamage = true;
                }
                pos++;
            }
        }
        boolean damagedTail = validEnd < limit;
        if (damagedTail && !inDamage) {
            corrupt++; // a tail too short to hold a header
        }
        return new Scan(frames, corrupt, validEnd, damagedTail);
    }

    private static SpoolFrame tryDecode(ByteBuffer data, int pos, int limit) {
        if (data.getInt(pos) != MAGIC) {
            return null;
        }
        int bodyLength = data.getInt(pos + 4);
        if (bodyLength < 6 || bodyLength > MAX_BODY_BYTES || (long) pos + HEADER_BYTES + bodyLength > limit) {
            return null;
        }
        int bodyStart = pos + HEADER_BYTES;
        CRC32C crc = new CRC32C();
        crc.update(data.duplicate().position(bodyStart).limit(bodyStart + bodyLength));
        if ((int) crc.getValue() != data.getInt(pos + 8)) {
            return null;
        }
        int records = data.getInt(bodyStart);
        int idLength = Short.toUnsignedInt(data.getShort(bodyStart + 4));
        if (records < 0 || idLength > SpoolFrame.MAX_ID_BYTES || 6 + idLength > bodyLength) {
            return null;
        }
        byte[] id = new byte[idLength];
        data.get(bodyStart + 6, id);
        byte[] payload = new byte[bodyLength - 6 - idLength];
        data.get(bodyStart + 6 + idLength, payload);
        return new SpoolFrame(new String(id, StandardCharsets.UTF_8), records, payload);
    }

    /**
     * @param corruptStretches damaged runs of bytes, each counted once (a flipped bit costs one frame)
     * @param validEnd         offset just past the last intact frame
     * @param damagedTail      bytes after the last intact frame that are not a frame
     */
    record Scan(List<SpoolFrame> frames, int corruptStretches, int validEnd, boolean damagedTail) {
    }
}
