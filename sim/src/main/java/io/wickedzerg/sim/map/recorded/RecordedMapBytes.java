package io.wickedzerg.sim.map.recorded;

/**
 * A recorded map's two files as read, once: what the map was built from and what a replay of a game on it embeds, so
 * a file changed on disk later cannot make the replay disagree with the game. The arrays are shared, not copied:
 * nobody writes to them.
 *
 * @param stem the map's name as its files gave it ("AbyssalReefLE")
 */
public record RecordedMapBytes(String stem, byte[] gameInfo, byte[] observation) {
}
