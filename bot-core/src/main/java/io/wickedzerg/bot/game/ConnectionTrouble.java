package io.wickedzerg.bot.game;

import java.util.List;

/**
 * What ocraft reported when the connection to the game went wrong: its client errors, the requests still
 * waiting for an answer (e.g. OBSERVATION after a timeout), and the last game loop the bot saw. A game that
 * ends this way is undecided; this says why, so a stall is reported with what was pending.
 */
public record ConnectionTrouble(List<String> clientErrors, List<String> pendingRequests, long lastGameLoop) {

    public ConnectionTrouble {
        clientErrors = List.copyOf(clientErrors);
        pendingRequests = List.copyOf(pendingRequests);
    }

    public boolean timedOut() {
        return clientErrors.contains("SC2_PROTOCOL_TIMEOUT");
    }

    public String describe() {
        return String.join(", ", clientErrors)
                + (pendingRequests.isEmpty() ? "" : "; no answer to " + String.join(", ", pendingRequests))
                + " after game loop " + lastGameLoop;
    }
}
