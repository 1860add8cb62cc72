package io.wickedzerg.bot.core;

import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.Product;

/** Can this structure go there? The game's grids (or a query) answer in a game; a lambda in tests. */
@FunctionalInterface
public interface PlacementCheck {

    PlacementCheck ANYWHERE = (structure, at) -> true;

    boolean canPlace(Product structure, Point2 at);
}
