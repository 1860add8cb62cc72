package io.wickedzerg.sim.map;

import java.util.List;

/**
 * The three built-in maps, smallest first. Sizes and distances follow real ladder maps: mains of about 30
 * cells across on high ground, a natural below the main ramp, a third on the low ground, rush distances from
 * about 100 (small) to 150 cells (large).
 */
final class StandardLayouts {
    private StandardLayouts() {
    }

    static List<MapLayout> all() {
        return List.of(wickedCove(), creepRidge(), hiveExpanse());
    }

    /** Small (128x112): natural beside the main, a short rush. */
    static MapLayout wickedCove() {
        return new MapLayout("Wicked Cove", 128, 112, 4,
                Point2.of(22.5, 22.5), 14, Point2.of(20.5, 20.5), 225,
                20, 12, 300, 57,
                Point2.of(18.5, 62.5), 180,
                List.of(obstacle(64, 56, 7), obstacle(40, 58, 4), obstacle(72, 30, 4)));
    }

    /** Medium (152x136). */
    static MapLayout creepRidge() {
        return new MapLayout("Creep Ridge", 152, 136, 4,
                Point2.of(24.5, 24.5), 15, Point2.of(22.5, 22.5), 225,
                15, 12, 300, 55,
                Point2.of(20.5, 74.5), 180,
                List.of(obstacle(76, 68, 8), obstacle(48, 74, 5), obstacle(88, 34, 5), obstacle(62, 50, 3)));
    }

    /** Large (176x160): natural above the main, third along the bottom edge, long rush. */
    static MapLayout hiveExpanse() {
        return new MapLayout("Hive Expanse", 176, 160, 4,
                Point2.of(26.5, 26.5), 16, Point2.of(24.5, 24.5), 225,
                75, 12, 180, 20,
                Point2.of(70.5, 16.5), 270,
                List.of(obstacle(88, 80, 9), obstacle(62, 58, 5), obstacle(104, 42, 5), obstacle(42, 104, 5)));
    }

    private static MapLayout.Obstacle obstacle(double x, double y, double radius) {
        return new MapLayout.Obstacle(Point2.of(x, y), radius);
    }
}
