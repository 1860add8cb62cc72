package io.wickedzerg.bot.strategy;

import io.wickedzerg.bot.model.Product;

/**
 * One build-order line: at {@code supply}, have {@code targetCount} of {@code product} (existing
 * plus ordered). The target is absolute so a step is done whoever made the unit (e.g. the supply
 * manager's overlord), and a lost drone never makes the order repeat itself.
 *
 * @param number 1-based position in the file, for messages
 */
public record BuildStep(int number, int supply, Product product, int targetCount) {

    @Override
    public String toString() {
        return "step " + number + " (" + supply + " " + product.name() + " -> " + targetCount + ")";
    }
}
