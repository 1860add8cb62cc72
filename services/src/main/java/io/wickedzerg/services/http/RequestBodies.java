package io.wickedzerg.services.http;

import io.javalin.http.Context;
import io.wickedzerg.services.settings.RequestLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a request body within the limits: the bytes as sent, then (for {@code Content-Encoding:
 * gzip}, as the bot's client sends) the inflated bytes. Both are counted while reading, so a gzip
 * bomb stops at the limit instead of filling the heap.
 * A refused body's rest is drained where the error answer is written ({@link RefusedBodies}).
 */
public final class RequestBodies {

    private final RequestLimits limits;

    public RequestBodies(RequestLimits limits) {
        this.limits = limits;
    }

    public byte[] read(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limits.maxBodyBytes()) {
            throw ApiError.tooLarge("body", "body of " + declared + " bytes is over the limit of "
                    + limits.maxBodyBytes() + " bytes (max_body_bytes)");
        }
        String encoding = ctx.header("Content-Encoding");
        try {
            InputStream raw = new LimitedInputStream(ctx.bodyInputStream(), limits.maxBodyBytes(), "body",
                    "max_body_bytes");
            if (encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("identity")) {
                return readAll(raw);
            }
            if (encoding.trim().toLowerCase(Locale.ROOT).equals("gzip")) {
                try (InputStream inflated = new LimitedInputStream(new GZIPInputStream(raw, 8192),
                        limits.maxInflatedBytes(), "body", "max_inflated_bytes")) {
                    return readAll(inflated);
                }
            }
            throw new ApiError(415, "Content-Encoding", "'" + encoding + "' is not supported; allowed: gzip or none");
        } catch (ZipException | java.io.EOFException e) {
            throw ApiError.badRequest("body", "not valid gzip: " + e.getMessage());
        } catch (IOException e) {
            throw ApiError.badRequest("body", "could not be read: " + e.getMessage());
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    /** Throws {@link ApiError} 413 as soon as more than {@code limit} bytes have been read. */
    private static final class LimitedInputStream extends InputStream {
        private final InputStream in;
        private final long limit;
        private final String field;
        private final String setting;
        private long count;

        LimitedInputStream(InputStream in, long limit, String field, String setting) {
            this.in = in;
            this.limit = limit;
            this.field = field;
            this.setting = setting;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                throw ApiError.tooLarge(field, "body is over the limit of " + limit + " bytes (" + setting + ")");
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
