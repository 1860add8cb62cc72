package io.wickedzerg.app;

/**
 * Which client plays the bot's side of a game on the embedded server: ocraft's agent (the one the ladder jar and
 * {@code run.sh sc2} use) or the wire client (protobuf straight into the bot's snapshots; stepped games only).
 */
public enum GameClient {
    OCRAFT, WIRE
}
