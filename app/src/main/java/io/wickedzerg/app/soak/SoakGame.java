package io.wickedzerg.app.soak;

/** One game of a soak: what to play, and whether to play it in hybrid mode with the services absent. */
public record SoakGame(int index, long seed, String race, String map, String difficulty, boolean hybrid) {

    /** The folder name of this game's files under the soak's output folder. */
    public String folder() {
        return String.format("g%03d", index);
    }

    public String label() {
        return race + " " + difficulty + " on " + map + " (seed " + seed + (hybrid ? ", hybrid" : "") + ")";
    }
}
