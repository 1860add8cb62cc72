package io.wickedzerg.clients.http;

/** How one delivery ended, after every retry the policy allowed. */
public sealed interface Outcome {

    /** 2xx, or 304 for a conditional GET. */
    record Delivered(int code, byte[] body, String etag) implements Outcome {
    }

    /** The server refused the request for good (a 4xx other than 408/429): never retried, dead-lettered. */
    record Rejected(int code, String reason) implements Outcome {
    }

    /** The service could not take it now (down, retries used up, breaker open, closing): keep it and replay. */
    record Unavailable(String reason, boolean attempted) implements Outcome {
    }

    default boolean isDelivered() {
        return this instanceof Delivered;
    }
}
