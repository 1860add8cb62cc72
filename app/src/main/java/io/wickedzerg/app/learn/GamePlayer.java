package io.wickedzerg.app.learn;

/** Plays one game of a learn run and says how it went; the real one runs a child JVM, tests script it. */
@FunctionalInterface
public interface GamePlayer {
    GameRecord play(LearnTask task) throws Exception;
}
