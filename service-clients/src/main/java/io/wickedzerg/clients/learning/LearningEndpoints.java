package io.wickedzerg.clients.learning;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Where the learning client sends results and asks for the model: {@code /api/training}, and
 * {@code /api/model/latest}, with {@code ?opponent=ID} when the bot plays a ladder opponent the service may keep a
 * model for.
 */
record LearningEndpoints(HttpUrl training, HttpUrl model) {

    /**
     * An opponent id the service takes (its wire contract: 1-128 of A-Z a-z 0-9 . _ : -, starting with a letter or
     * digit). Another id is not sent at all: a result the service refused for it would end in the dead-letter file.
     */
    private static final Pattern OPPONENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    static LearningEndpoints of(URI service, Optional<String> opponentId) {
        HttpUrl.Builder model = HttpUrl.get(service + "/api/model/latest").newBuilder();
        opponentId.ifPresent(id -> model.addQueryParameter("opponent", id));
        return new LearningEndpoints(HttpUrl.get(service + "/api/training"), model.build());
    }

    /** The id as sent to the service, or empty for one it would refuse. */
    static Optional<String> wireOpponentId(String id) {
        return Optional.ofNullable(id).filter(i -> OPPONENT_ID.matcher(i).matches());
    }
}
