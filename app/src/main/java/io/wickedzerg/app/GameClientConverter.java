package io.wickedzerg.app;

import io.wickedzerg.bot.game.GameClient;
import picocli.CommandLine;

/** {@code --client ocraft|wire}, in any case; anything else names the two. */
final class GameClientConverter implements CommandLine.ITypeConverter<GameClient> {
    @Override
    public GameClient convert(String text) {
        return GameClient.parse(text).orElseThrow(() ->
                new CommandLine.TypeConversionException("unknown client '" + text + "'; allowed: ocraft, wire"));
    }
}
