package io.wickedzerg.app;

import picocli.CommandLine;

/** {@code --client ocraft|wire}, in any case; anything else names the two. */
final class GameClientConverter implements CommandLine.ITypeConverter<GameClient> {
    @Override
    public GameClient convert(String text) {
        for (GameClient client : GameClient.values()) {
            if (client.name().equalsIgnoreCase(text.trim())) {
                return client;
            }
        }
        throw new CommandLine.TypeConversionException("unknown client '" + text + "'; allowed: ocraft, wire");
    }
}
