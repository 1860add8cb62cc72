package io.wickedzerg.bot.logging;

/**
 * Which game a log line belongs to, as far as a thread outside the game can tell.
 *
 * @param gameId   the id of the game running now, {@value #NO_GAME} between games
 * @param gameLoop the last game loop the bot stepped, 0 before its first step and between games
 */
public record GamePosition(String gameId, long gameLoop) {

    public static final String NO_GAME = "none";
    public static final GamePosition NONE = new GamePosition(NO_GAME, 0);
}
