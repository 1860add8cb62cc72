package io.wickedzerg.bot.game;

/**
 * The two map grids placement reads, whatever client holds them: the game's placement grid and the current
 * observation's creep. Either may throw when this server sends no such grid or the cell is off the map.
 */
public interface GameGrids {

    boolean placeable(float x, float y);

    boolean creep(float x, float y);
}
