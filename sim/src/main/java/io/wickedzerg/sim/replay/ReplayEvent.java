package io.wickedzerg.sim.replay;

import java.util.Objects;

/**
 * Something a player did to the game at a loop, in the order it reached the game: a raw action or a debug command
 * as the SC2 API's protobuf bytes exactly as received ({@code SC2APIProtocol.Sc2Api.Action},
 * {@code SC2APIProtocol.Debug.DebugCommand}), or leaving the game (which loses it).
 */
public record ReplayEvent(long loop, int playerId, Kind kind, byte[] payload) {
    /** Event kinds; {@code code} is the byte stored in the file. */
    public enum Kind implements Coded {
        ACTION(1), DEBUG(2), LEAVE(3);

        private final int code;

        Kind(int code) {
            this.code = code;
        }

        @Override
        public int code() {
            return code;
        }
    }

    public ReplayEvent {
        Objects.requireNonNull(kind, "kind");
        payload = payload == null ? new byte[0] : payload;
    }
}
