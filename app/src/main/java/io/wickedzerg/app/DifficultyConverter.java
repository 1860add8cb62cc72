package io.wickedzerg.app;

import com.github.ocraft.s2client.protocol.game.Difficulty;
import picocli.CommandLine;

/**
 * {@code --difficulty} in every spelling the headless server accepts (the game's VeryHard, VERY_HARD, very-hard,
 * ...), as ocraft wants it; a bad one names the allowed levels in the game's spelling.
 */
final class DifficultyConverter implements CommandLine.ITypeConverter<Difficulty> {
    @Override
    public Difficulty convert(String text) {
        try {
            return Difficulty.valueOf(io.wickedzerg.sim.engine.Difficulty.parse(text).name());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
