package io.wickedzerg.bot.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds townhall sites from the resources on the map: resources are grouped into clusters, and
 * each cluster's site is the point closest to its resources that keeps the distance the game
 * demands (a hatchery may not be closer than 6 to a mineral field or 7 to a geyser).
 */
public final class ExpansionLocator {

    static final double CLUSTER_LINK = 9.0;
    static final double MIN_MINERAL_DISTANCE = 6.0;
    static final double MIN_GEYSER_DISTANCE = 7.0;
    private static final int SEARCH_RADIUS = 12;

    private ExpansionLocator() {
    }

    /** One site per resource cluster with at least {@code minMinerals} mineral fields. */
    public static List<Point2> locate(List<UnitView> minerals, List<UnitView> geysers, int minMinerals) {
        List<List<UnitView>> clusters = cluster(minerals, geysers);
        List<Point2> sites = new ArrayList<>();
        for (List<UnitView> cluster : clusters) {
            long mineralCount = cluster.stream().filter(u -> ZergTech.isMineralField(u.type())).count();
            if (mineralCount >= minMinerals) {
                site(cluster).ifPresent(sites::add);
            }
        }
        return sites;
    }

    static List<List<UnitView>> cluster(List<UnitView> minerals, List<UnitView> geysers) {
        List<UnitView> all = new ArrayList<>(minerals);
        all.addAll(geysers);
        int[] group = new int[all.size()];
        java.util.Arrays.fill(group, -1);
        List<List<UnitView>> clusters = new ArrayList<>();
        double link2 = CLUSTER_LINK * CLUSTER_LINK;
        for (int i = 0; i < all.size(); i++) {
            if (group[i] >= 0) {
                continue;
            }
            List<UnitView> members = new ArrayList<>();
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
            group[i] = clusters.size();
            queue.add(i);
            while (!queue.isEmpty()) {
                int current = queue.poll();
                members.add(all.get(current));
                for (int j = 0; j < all.size(); j++) {
                    if (group[j] < 0 && all.get(current).pos().distanceSquared(all.get(j).pos()) <= link2) {
                        group[j] = clusters.size();
                        queue.add(j);
                    }
                }
            }
            clusters.add(members);
        }
        return clusters;
    }

    static java.util.Optional<Point2> site(List<UnitView> cluster) {
        Point2 centre = Point2.centroid(cluster.stream().map(UnitView::pos).toList());
        Point2 best = null;
        double bestScore = Double.MAX_VALUE;
        double cx = Math.floor(centre.x()) + 0.5;
        double cy = Math.floor(centre.y()) + 0.5;
        for (int dx = -SEARCH_RADIUS; dx <= SEARCH_RADIUS; dx++) {
            for (int dy = -SEARCH_RADIUS; dy <= SEARCH_RADIUS; dy++) {
                Point2 candidate = new Point2(cx + dx, cy + dy);
                if (!farEnough(candidate, cluster)) {
                    continue;
                }
                double score = 0;
                for (UnitView r : cluster) {
                    score += candidate.distance(r.pos());
                }
                if (score < bestScore) {
                    bestScore = score;
                    best = candidate;
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    private static boolean farEnough(Point2 candidate, List<UnitView> cluster) {
        for (UnitView r : cluster) {
            double min = ZergTech.isGeyser(r.type()) ? MIN_GEYSER_DISTANCE : MIN_MINERAL_DISTANCE;
            if (candidate.distanceSquared(r.pos()) < min * min) {
                return false;
            }
        }
        return true;
    }
}
