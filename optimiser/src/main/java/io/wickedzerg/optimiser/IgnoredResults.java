package io.wickedzerg.optimiser;

/** Results that were counted but changed no candidate, by reason. */
public record IgnoredResults(long unknownCandidate, long staleCandidate, long alreadyScored) {

    public static final IgnoredResults NONE = new IgnoredResults(0, 0, 0);

    public long total() {
        return unknownCandidate + staleCandidate + alreadyScored;
    }

    IgnoredResults plus(RecordStatus status) {
        return switch (status) {
            case UNKNOWN_CANDIDATE -> new IgnoredResults(unknownCandidate + 1, staleCandidate, alreadyScored);
            case STALE_CANDIDATE -> new IgnoredResults(unknownCandidate, staleCandidate + 1, alreadyScored);
            case ALREADY_SCORED -> new IgnoredResults(unknownCandidate, staleCandidate, alreadyScored + 1);
            case RECORDED -> this;
        };
    }
}
