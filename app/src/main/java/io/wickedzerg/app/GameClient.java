package io.wickedzerg.app;

/**
 * Which client plays the bot's side of a game on the embedded server: the wire client (protobuf straight into the
 * bot's snapshots; stepped games only; the ladder jar's too) or ocraft's agent (the one {@code run.sh sc2} uses).
 */
public enum GameClient {
    OCRAFT, WIRE
}
