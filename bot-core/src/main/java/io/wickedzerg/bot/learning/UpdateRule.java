package io.wickedzerg.bot.learning;

import io.wickedzerg.bot.strategy.StrategyParameter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A one-sample evolution-strategies step: each game is played with the model's parameters plus a
 * little noise; afterwards the model moves towards the played parameters in proportion to how much
 * better than usual the game went (reward minus a running baseline), and away from them when it went
 * worse. Values stay inside each parameter's range.
 *
 * <pre>center += rate * (reward - baseline) * (played - center);  baseline += 0.2 * (reward - baseline)</pre>
 */
public final class UpdateRule {

    /** A parameter whose value moved less than this did not change (for parameters_updated). */
    static final double EPSILON = 1e-9;
    static final double BASELINE_RATE = 0.2;

    private final double learningRate;

    public UpdateRule(double learningRate) {
        if (!(learningRate > 0 && learningRate <= 1)) {
            throw new IllegalArgumentException("learning rate must be in (0, 1], was " + learningRate);
        }
        this.learningRate = learningRate;
    }

    /** Win 1, tie 0, loss -1; anything else (undecided) 0. */
    public static double reward(String gameResult) {
        return switch (gameResult) {
            case "Victory" -> 1.0;
            case "Defeat" -> -1.0;
            default -> 0.0;
        };
    }

    public Result apply(LearnedModel model, Map<String, Double> played, double reward) {
        double advantage = reward - model.baseline();
        Map<String, Double> next = new LinkedHashMap<>(model.parameters());
        int changed = 0;
        for (StrategyParameter p : StrategyParameter.values()) {
            double center = model.parameters().getOrDefault(p.key(), p.defaultValue());
            Double value = played.get(p.key());
            if (value == null) {
                next.put(p.key(), center);
                continue;
            }
            double updated = p.clamp(center + learningRate * advantage * (value - center));
            if (Math.abs(updated - center) > EPSILON) {
                changed++;
            }
            next.put(p.key(), updated);
        }
        double baseline = model.baseline() + BASELINE_RATE * (reward - model.baseline());
        LearnedModel updated = new LearnedModel(model.generation() + 1, next, baseline, model.games() + 1,
                model.wins() + (reward > 0 ? 1 : 0));
        return new Result(updated, changed);
    }

    /** The new model and how many parameters moved. */
    public record Result(LearnedModel model, int parametersUpdated) {
    }
}
