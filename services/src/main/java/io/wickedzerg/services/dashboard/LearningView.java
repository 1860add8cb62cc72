package io.wickedzerg.services.dashboard;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wickedzerg.services.dashboard.RegistrySnapshot.Resolved;
import io.wickedzerg.services.dashboard.UpstreamClient.Answer;

/**
 * The learning panel: the learning service's {@code GET /api/stats} as {@link LearningStats}, or
 * "learning service not running" when it does not answer, or what is wrong with an answer it cannot read.
 */
public final class LearningView {

    private final Directory directory;
    private final LearningStatsParser parser;

    public LearningView(Directory directory) {
        this.directory = directory;
        this.parser = new LearningStatsParser(directory.json());
    }

    /** {@code {"available":true,"stats":{...}}} or {@code {"available":false,"problem":...}}. */
    public ObjectNode stats() {
        Resolved learning = directory.resolve(directory.settings().learning());
        Answer answer = directory.client().get(learning.url(), "/api/stats").join();
        if (answer.status() == 0) {
            return Unavailable.of(directory.json(), "learning service not running (" + learning.url() + ": "
                    + answer.describeProblem() + ")");
        }
        if (!answer.ok()) {
            return Unavailable.of(directory.json(), "learning service " + learning.url() + " /api/stats "
                    + answer.describeProblem());
        }
        LearningStats stats;
        try {
            stats = parser.parse(answer.body());
        } catch (IllegalArgumentException e) {
            return Unavailable.of(directory.json(), "learning service " + learning.url()
                    + " /api/stats has an unexpected shape: " + e.getMessage());
        }
        ObjectNode body = directory.json().mapper().createObjectNode();
        body.put("available", true);
        body.set("stats", directory.json().mapper().valueToTree(stats));
        return body;
    }
}
