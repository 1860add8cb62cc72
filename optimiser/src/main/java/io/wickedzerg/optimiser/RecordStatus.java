package io.wickedzerg.optimiser;

/** What {@link Optimiser#record} did with a result. Every status but RECORDED leaves the candidates as they were. */
public enum RecordStatus {
    /** Added to the candidate's games. */
    RECORDED,
    /** No candidate of the current generation has that id, nor does it name an earlier generation. */
    UNKNOWN_CANDIDATE,
    /** The id names a candidate of an earlier generation (a game that ended after its generation did). */
    STALE_CANDIDATE,
    /** The candidate already has all its games; one more would weigh it more than the others. */
    ALREADY_SCORED
}
