package io.wickedzerg.sim.replay;

import java.util.List;
import java.util.Objects;

/**
 * Where a replay's map comes from, so a re-simulation builds the same terrain. The kind is one byte in the file;
 * new kinds get new numbers and old readers reject them by number.
 *
 * @param files the recorded source's files as they were read (for {@link Kind#RECORDED}: game_info.pb and its
 *              partner, in that order); empty for a built-in map
 */
public record MapSource(Kind kind, String name, List<byte[]> files) {
    /** The map source kinds; {@code code} is the byte stored in the file. */
    public enum Kind implements Coded {
        /** One of the sim's built-in maps, by name: the generator makes it the same from its name. */
        BUILT_IN(0),
        /** A map loaded from a recorded pair of .pb files; the files' bytes are embedded. */
        RECORDED(1);

        private final int code;

        Kind(int code) {
            this.code = code;
        }

        @Override
        public int code() {
            return code;
        }
    }

    public MapSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        files = List.copyOf(files);
    }

    public static MapSource builtIn(String name) {
        return new MapSource(Kind.BUILT_IN, name, List.of());
    }
}
