package io.wickedzerg.config;

/**
 * Where an effective setting came from, so {@code describe()} and error messages can say it.
 *
 * @param kind   default, file, env or code
 * @param detail the file path or the environment variable; empty for default and code
 */
public record Source(Kind kind, String detail) {

    public enum Kind { DEFAULT, FILE, ENV, CODE }

    public static final Source DEFAULT = new Source(Kind.DEFAULT, "");
    public static final Source CODE = new Source(Kind.CODE, "");

    public static Source file(String path) {
        return new Source(Kind.FILE, path);
    }

    public static Source env(String variable) {
        return new Source(Kind.ENV, variable);
    }

    /** "env HYBRID_MODE", "file config/hybrid_config.json", "default", "code". */
    @Override
    public String toString() {
        return switch (kind) {
            case DEFAULT -> "default";
            case CODE -> "code";
            case FILE -> "file " + detail;
            case ENV -> "env " + detail;
        };
    }
}
