package io.wickedzerg.clients.telemetry;

import io.wickedzerg.clients.http.Deadline;
import java.util.List;

/**
 * Where the worker puts sealed batches: the HTTP service (with spool and replay) or local files.
 * Called from the worker thread only; no method throws.
 */
interface BatchSink {

    /**
     * Delivers the events, or keeps them for later; gives up on the network at the deadline.
     *
     * @return true when the destination took them (false: kept, dead-lettered or lost, and counted)
     */
    boolean deliver(List<SequencedEvent> events, Deadline deadline);

    /**
     * Replays at most one kept batch, oldest first, if the destination looks able to take it. The worker
     * calls it after each live batch the destination took, so a backlog shrinks while the game is busy.
     *
     * @return true when a batch was handed over and more may follow
     */
    default boolean replayOne(Deadline deadline) {
        return false;
    }

    /**
     * Background work when no live batch is due (replay of kept batches, periodic fsync).
     *
     * @return true when it did something and should be called again soon
     */
    boolean idleWork();

    /** The last chance of this process: replays what is kept while the destination answers, until the deadline. */
    default void replayAtClose(Deadline deadline) {
    }

    /** Ends any network call in progress and refuses new ones: the client is out of time. May come from another thread. */
    void abort();

    /** Makes everything kept durable and releases files; after {@link #deliver} calls are done. */
    void close();

    String breakerState();

    String describeDestination();

    /** The local files written so far (local mode); empty for a remote destination. */
    default List<java.nio.file.Path> files() {
        return List.of();
    }
}
