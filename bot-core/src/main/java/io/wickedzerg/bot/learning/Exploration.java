package io.wickedzerg.bot.learning;

import io.wickedzerg.bot.strategy.StrategyParameter;
import io.wickedzerg.bot.strategy.StrategyParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The noise a learning game is played with: Gaussian, {@code sigma} times each parameter's range,
 * from an injected random source so a seeded run plays the same parameters again.
 */
public final class Exploration {

    private final double sigma;
    private final RandomGenerator random;

    public Exploration(double sigma, RandomGenerator random) {
        if (sigma < 0 || sigma > 0.5) {
            throw new IllegalArgumentException("sigma must be in [0, 0.5], was " + sigma);
        }
        this.sigma = sigma;
        this.random = random;
    }

    public StrategyParameters perturb(StrategyParameters center) {
        if (sigma == 0) {
            return center;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (StrategyParameter p : StrategyParameter.values()) {
            double range = p.max() - p.min();
            out.put(p.key(), p.clamp(center.get(p) + random.nextGaussian() * sigma * range));
        }
        return StrategyParameters.from(out, center.version() + "+explore");
    }
}
