package io.wickedzerg.sim.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Computer difficulty, numbered as {@code SC2APIProtocol.Sc2Api.Difficulty}. The three cheat levels play as
 * VeryHard and add their {@link Cheats}: CheatVision full map vision, CheatMoney extra income, CheatInsane both
 * plus faster production.
 */
public enum Difficulty {
    VERY_EASY(1), EASY(2), MEDIUM(3), MEDIUM_HARD(4), HARD(5), HARDER(6), VERY_HARD(7),
    CHEAT_VISION(8), CHEAT_MONEY(9), CHEAT_INSANE(10);

    private final int protoValue;

    Difficulty(int protoValue) {
        this.protoValue = protoValue;
    }

    public int protoValue() {
        return protoValue;
    }

    /** Any level a create_game may ask for. */
    public static Difficulty fromProto(int value) {
        for (Difficulty d : values()) {
            if (d.protoValue == value) {
                return d;
            }
        }
        throw new IllegalArgumentException("difficulty must be 1..10 (" + Arrays.stream(values()).map(Difficulty::label)
                .collect(Collectors.joining(", ")) + "), got " + value);
    }

    /**
     * A built-in AI level as a person types it: the game's name (VeryHard), ours (VERY_HARD) or anything between,
     * ignoring case, '_', '-' and spaces (very_hard, veryhard, very-hard, CheatInsane, cheat-insane).
     *
     * @throws IllegalArgumentException naming the text and the allowed levels in the game's spelling
     */
    public static Difficulty parse(String text) {
        String key = text.replaceAll("[-_ ]", "").toLowerCase(Locale.ROOT);
        for (Difficulty d : values()) {
            if (d.name().replace("_", "").toLowerCase(Locale.ROOT).equals(key)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown difficulty '" + text + "'; allowed: " + allowed());
    }

    /** The levels {@link #parse} accepts, in the game's spelling: VeryEasy, Easy, ..., VeryHard, CheatVision, ... */
    public static String allowed() {
        return Arrays.stream(values()).map(Difficulty::label).collect(Collectors.joining(", "));
    }

    /** CamelCase, as the SC2 API names it (VeryEasy). */
    public String label() {
        return Arrays.stream(name().split("_"))
                .map(p -> p.charAt(0) + p.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining());
    }

    /** What this level gets beyond VeryHard's play; {@link Cheats#NONE} up to VeryHard. */
    public Cheats cheats() {
        return switch (this) {
            case CHEAT_VISION -> Cheats.VISION;
            case CHEAT_MONEY -> Cheats.MONEY;
            case CHEAT_INSANE -> Cheats.INSANE;
            default -> Cheats.NONE;
        };
    }

    /** The level whose decisions this one makes: the cheat levels decide as VeryHard, the others as themselves. */
    public Difficulty plays() {
        return cheats().equals(Cheats.NONE) ? this : VERY_HARD;
    }
}
