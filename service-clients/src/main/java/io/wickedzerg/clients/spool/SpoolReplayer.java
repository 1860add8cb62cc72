package io.wickedzerg.clients.spool;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Walks a spool's sealed segments oldest first, one frame at a time. A segment is deleted only when
 * every one of its frames has been acknowledged; a crash before that replays the whole segment
 * again, and the receiver deduplicates on the unchanged batch id.
 */
public final class SpoolReplayer {

    private final Spool spool;
    private final Deque<SpoolFrame> pending = new ArrayDeque<>();
    private Path current;

    public SpoolReplayer(Spool spool) {
        this.spool = spool;
    }

    /** The next frame to replay, without consuming it; empty when every sealed segment is done. */
    public Optional<SpoolFrame> peek() throws IOException {
        while (pending.isEmpty()) {
            if (current != null) {
                spool.delete(current);
                current = null;
            }
            List<Path> sealed = spool.sealedSegments();
            if (sealed.isEmpty()) {
                return Optional.empty();
            }
            current = sealed.get(0);
            spool.pin(current);
            pending.addAll(spool.read(current));
        }
        return Optional.of(pending.peekFirst());
    }

    /** The frame from {@link #peek()} is done with (delivered or dead-lettered). */
    public void acknowledge() throws IOException {
        if (pending.pollFirst() != null && pending.isEmpty() && current != null) {
            spool.delete(current);
            current = null;
        }
    }
}
