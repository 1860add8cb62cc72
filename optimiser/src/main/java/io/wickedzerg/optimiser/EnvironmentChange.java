package io.wickedzerg.optimiser;

import java.time.Instant;
import java.util.Objects;

/**
 * The elite did markedly worse in a generation than before it: the opponents or the game changed under
 * the population, and the following generations are bred with wider exploration.
 *
 * @param generation the generation whose games showed the drop
 * @param baseline   the checked elite's mean fitness over their earlier games
 * @param recent     their mean fitness in that generation
 * @param declaredAt when it was declared (the optimiser's clock)
 */
public record EnvironmentChange(int generation, double baseline, double recent, Instant declaredAt) {

    public EnvironmentChange {
        Objects.requireNonNull(declaredAt, "declaredAt");
    }

    /** The fall as a share of the baseline (0.25 = 25 % lower). */
    public double drop() {
        return baseline == 0 ? 0 : (baseline - recent) / baseline;
    }
}
