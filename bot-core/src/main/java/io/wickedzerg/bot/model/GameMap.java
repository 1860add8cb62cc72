package io.wickedzerg.bot.model;

import java.util.Comparator;
import java.util.List;

/**
 * The static facts of the map for one game: our start, where the enemy may start, and expansion
 * sites (ours first, nearest first).
 */
public record GameMap(Point2 start, List<Point2> enemyStartCandidates, List<Point2> expansions,
                      double width, double height) {

    public GameMap {
        enemyStartCandidates = List.copyOf(enemyStartCandidates);
        expansions = expansions.stream().sorted(Comparator.comparingDouble(p -> p.distanceSquared(start))).toList();
    }

    /** The most likely enemy start: the only candidate, or the farthest one from us. */
    public Point2 likelyEnemyStart() {
        return enemyStartCandidates.stream()
                .max(Comparator.comparingDouble(p -> p.distanceSquared(start)))
                .orElse(new Point2(width - start.x(), height - start.y()));
    }

    public Point2 center() {
        return new Point2(width / 2, height / 2);
    }
}
