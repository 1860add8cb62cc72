package io.wickedzerg.clients.http;

/** The wire contract's reading of an HTTP status. */
enum StatusPolicy {
    SUCCESS,
    /** 408/429/502/503/504: try again after a wait. */
    RETRY,
    /** Any other 4xx: the request itself is wrong; resending cannot help. */
    REJECT,
    /** Other 5xx: not retried now (the contract forbids it), but kept for replay, not dead-lettered. */
    DEFER;

    static StatusPolicy of(int code) {
        if (code >= 200 && code < 300 || code == 304) {
            return SUCCESS;
        }
        return switch (code) {
            case 408, 429, 502, 503, 504 -> RETRY;
            default -> code >= 400 && code < 500 ? REJECT : DEFER;
        };
    }
}
