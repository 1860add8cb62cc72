package io.wickedzerg.services.learning;

import io.wickedzerg.optimiser.Genome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of a served model, which the game's result carries back: {@code svc-g3-c07-1a2b3c4d} (the next
 * candidate of the global state), {@code svc-best-g2-c01-1a2b3c4d} (its best), {@code svc-best-defaults-…}
 * (the defaults, before any candidate is scored), each with {@code @<opponent id>} at the end when it came from
 * that opponent's state. The last part is a hash of the parameters and build order: a version is also the ETag,
 * and two states that name a candidate alike (a database started again) must not look like the same model.
 *
 * @param candidateId the candidate's id, or {@code defaults}
 * @param best        served as the best (exploit), not as a candidate to evaluate
 */
record ModelVersion(StateKey key, boolean best, String candidateId, String hash) {

    private static final String PREFIX = "svc-";
    private static final Pattern FORMAT = Pattern.compile(
            "svc-(best-)?(g\\d{1,9}-c\\d{1,9}|defaults)-([0-9a-f]{8})(?:@(" + StateKey.OPPONENT_ID.pattern() + "))?");

    ModelVersion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(candidateId, "candidateId");
        Objects.requireNonNull(hash, "hash");
    }

    static ModelVersion of(StateKey key, boolean best, String candidateId, Genome genome) {
        return new ModelVersion(key, best, candidateId, hash(genome));
    }

    String text() {
        return PREFIX + (best ? "best-" : "") + candidateId + "-" + hash + key.opponentId().map(id -> "@" + id).orElse("");
    }

    /** The version this service wrote, or empty for anything else (a local learner's, the defaults, another's). */
    static Optional<ModelVersion> parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        StateKey key = m.group(4) == null ? StateKey.GLOBAL : StateKey.opponent(m.group(4));
        return Optional.of(new ModelVersion(key, m.group(1) != null, m.group(2), m.group(3)));
    }

    /**
     * A version the bot changed because it played another build order than the model's ({@code <version>/<build
     * order>}): the part before the slash, or empty when there is no slash.
     */
    static Optional<String> beforeFixedBuildOrder(String text) {
        int slash = text.indexOf('/');
        return slash < 0 ? Optional.empty() : Optional.of(text.substring(0, slash));
    }

    /** 8 hex digits of SHA-256 over the build order and the parameters in key order. */
    static String hash(Genome genome) {
        StringBuilder canonical = new StringBuilder(genome.buildOrder());
        for (Map.Entry<String, Double> p : new TreeMap<>(genome.parameters()).entrySet()) {
            canonical.append('|').append(p.getKey()).append('=').append(p.getValue());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
