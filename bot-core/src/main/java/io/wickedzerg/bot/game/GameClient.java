package io.wickedzerg.bot.game;

import java.util.Optional;

/**
 * Which client plays the bot's side of a game: the wire client ({@link WireBot}: protobuf straight into the bot's
 * snapshots; stepped games only) or ocraft's agent ({@link WickedZergBot}). {@code play --client} and the ladder
 * jar's {@code WZ_CLIENT} both name it.
 */
public enum GameClient {
    OCRAFT, WIRE;

    /** The client a setting names ({@code wire} or {@code ocraft}, any case, spaces around it ignored). */
    public static Optional<GameClient> parse(String setting) {
        for (GameClient client : values()) {
            if (client.name().equalsIgnoreCase(setting.trim())) {
                return Optional.of(client);
            }
        }
        return Optional.empty();
    }
}
