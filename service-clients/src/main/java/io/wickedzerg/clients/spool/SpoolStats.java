package io.wickedzerg.clients.spool;

/**
 * Counters of one spool stream since it was opened.
 *
 * @param corruptFrames  damaged frames skipped while reading (each damaged stretch once)
 * @param tornTailsCut   half-written tails cut from segments left open by a crash
 * @param evictedRecords records lost to the size cap
 * @param evictedSegments segments deleted by the size cap
 * @param bytes          bytes on disk now
 * @param segments       segment files on disk now, the open one included
 */
public record SpoolStats(long corruptFrames, long tornTailsCut, long evictedRecords, long evictedSegments,
                         long bytes, int segments) {
}
