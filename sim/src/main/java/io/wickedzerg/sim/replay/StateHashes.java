package io.wickedzerg.sim.replay;

/** How state hashes are written for people: 16 lower-case hex digits, as {@code sim replay} prints them. */
public final class StateHashes {
    private StateHashes() {
    }

    public static String hex(long hash) {
        return String.format("%016x", hash);
    }
}
