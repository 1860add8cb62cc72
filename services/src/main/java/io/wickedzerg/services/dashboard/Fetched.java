package io.wickedzerg.services.dashboard;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Another service's JSON answer, or why there is none.
 *
 * @param status  the HTTP status, 0 when no answer came
 * @param body    the parsed body of a 2xx answer, else null
 * @param problem for a person, naming the service and its URL, e.g. "telemetry service
 *                http://127.0.0.1:8001: connection refused"; null when the answer is usable
 */
public record Fetched(int status, JsonNode body, String problem) {

    static Fetched read(String service, UpstreamClient.Answer answer, JsonReader json) {
        String who = service + " service " + answer.uri().resolve("/").toString().replaceAll("/$", "") + ": ";
        if (!answer.ok()) {
            return new Fetched(answer.status(), null, who + answer.describeProblem());
        }
        try {
            return new Fetched(answer.status(), json.read(answer.body()), null);
        } catch (IllegalArgumentException e) {
            return new Fetched(answer.status(), null, who + e.getMessage());
        }
    }

    public boolean ok() {
        return problem == null;
    }
}
