package io.wickedzerg.clients.learning;

/**
 * Counters of the remote learning client.
 *
 * @param resultsWritten   game results made durable in the results spool
 * @param resultsDelivered results the service acknowledged (replays of earlier runs included)
 * @param resultsPending   results still in the spool, to be sent later
 * @param deadLettered     results the service refused for good (4xx), kept in the dead-letter file
 * @param deadLetterDropped of those, results not kept because the dead-letter file is at its cap (logged)
 * @param modelsFetched    models received from the service (200)
 * @param modelsNotChanged conditional fetches answered 304
 * @param modelsFromCache  fetches answered from the local cached model because the service was unreachable
 */
public record LearningMetrics(long resultsWritten, long resultsDelivered, long resultsPending, long deadLettered,
                              long deadLetterDropped, long modelsFetched, long modelsNotChanged, long modelsFromCache) {
}
