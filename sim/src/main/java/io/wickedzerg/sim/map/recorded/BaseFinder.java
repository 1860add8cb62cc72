package io.wickedzerg.sim.map.recorded;

import io.wickedzerg.sim.map.BaseLocation;
import io.wickedzerg.sim.map.BaseRole;
import io.wickedzerg.sim.map.Grid;
import io.wickedzerg.sim.map.HeightGrid;
import io.wickedzerg.sim.map.Point2;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The bases of a recorded map, found from its resources as python-sc2's {@code expansion_locations} does:
 * resources closer than 8.5 on about the same height form a group; its townhall spot is the cell centre 4..8
 * cells from the group's centre nearest (summed) to its resources, at least 6 from every mineral field and 7
 * from every geyser. Here the spot must also be buildable by this engine (all 25 cells on the placement grid, 3
 * cells clear of every resource footprint) when one is; python-sc2's looser spot otherwise. A group at a start
 * location gets that start as its spot and is the side's MAIN; every other group goes to the side of the
 * nearest start, NATURAL and THIRD by ground distance from the main, OTHER beyond. A group with no spot at all
 * (a mineral wall) is no base.
 */
final class BaseFinder {
    private static final double SPREAD = 8.5;
    private static final int HEIGHT_TOLERANCE = 10;
    private static final double START_MATCH = 10;
    private static final int RESOURCE_GAP = 3;

    private final Grid placement;
    private final HeightGrid heights;
    private final GroundDistances ground;

    BaseFinder(Grid placement, HeightGrid heights, Grid pathing) {
        this.placement = placement;
        this.heights = heights;
        this.ground = new GroundDistances(pathing);
    }

    /** The bases, and in {@code orphans} the resources of groups that make none. */
    List<BaseLocation> find(List<ObservedNeutral> resources, List<Point2> starts, List<ObservedNeutral> orphans) {
        List<Group> groups = new ArrayList<>();
        for (List<ObservedNeutral> members : group(resources)) {
            Point2 spot = spot(members);
            if (spot == null) {
                orphans.addAll(members);
            } else {
                groups.add(new Group(members, spot));
            }
        }
        List<BaseLocation> bases = new ArrayList<>();
        for (int side = 0; side < starts.size(); side++) {
            Point2 start = starts.get(side);
            groups.stream().filter(g -> g.spot.distanceTo(start) < START_MATCH)
                    .min(Comparator.comparingDouble(g -> g.spot.distanceTo(start)))
                    .ifPresent(g -> g.spot = start);
        }
        for (int side = 0; side < starts.size(); side++) {
            Point2 start = starts.get(side);
            int s = side;
            List<Group> own = groups.stream().filter(g -> nearestStart(g.spot, starts) == s && !g.spot.equals(start))
                    .sorted(Comparator.comparingDouble(g -> ground.between(start, g.spot))).toList();
            groups.stream().filter(g -> g.spot.equals(start)).findFirst()
                    .ifPresent(g -> bases.add(g.base(BaseRole.MAIN, s)));
            for (int i = 0; i < own.size(); i++) {
                BaseRole role = i == 0 ? BaseRole.NATURAL : i == 1 ? BaseRole.THIRD : BaseRole.OTHER;
                bases.add(own.get(i).base(role, side));
            }
        }
        return bases;
    }

    private static int nearestStart(Point2 p, List<Point2> starts) {
        int best = 0;
        for (int i = 1; i < starts.size(); i++) {
            if (p.distanceTo(starts.get(i)) < p.distanceTo(starts.get(best))) {
                best = i;
            }
        }
        return best;
    }

    private List<List<ObservedNeutral>> group(List<ObservedNeutral> resources) {
        int n = resources.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (close(resources.get(i), resources.get(j))) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        List<List<ObservedNeutral>> groups = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = root(parent, i);
            int at = roots.indexOf(r);
            if (at < 0) {
                roots.add(r);
                groups.add(new ArrayList<>());
                at = groups.size() - 1;
            }
            groups.get(at).add(resources.get(i));
        }
        return groups;
    }

    private boolean close(ObservedNeutral a, ObservedNeutral b) {
        return a.position().distanceTo(b.position()) <= SPREAD
                && Math.abs(height(a.position()) - height(b.position())) <= HEIGHT_TOLERANCE;
    }

    private int height(Point2 p) {
        return heights.valueAt(Math.round(p.x()), Math.round(p.y()));
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private Point2 spot(List<ObservedNeutral> members) {
        double cx = Math.floor(members.stream().mapToDouble(m -> m.position().x()).average().orElseThrow()) + 0.5;
        double cy = Math.floor(members.stream().mapToDouble(m -> m.position().y()).average().orElseThrow()) + 0.5;
        Point2 strict = null;
        Point2 loose = null;
        double strictSum = Double.MAX_VALUE;
        double looseSum = Double.MAX_VALUE;
        for (int ox = -7; ox <= 7; ox++) {
            for (int oy = -7; oy <= 7; oy++) {
                double d = StrictMath.hypot(ox, oy);
                if (d <= 4 || d > 8) {
                    continue;
                }
                Point2 p = Point2.of(cx + ox, cy + oy);
                if (!placement.get(p.cellX(), p.cellY()) || !farEnough(p, members)) {
                    continue;
                }
                double sum = members.stream().mapToDouble(m -> m.position().distanceTo(p)).sum();
                if (sum < looseSum) {
                    looseSum = sum;
                    loose = p;
                }
                if (sum < strictSum && placement.allSet(p.cellX() - 2, p.cellY() - 2, 5, 5) && clearOfFootprints(p, members)) {
                    strictSum = sum;
                    strict = p;
                }
            }
        }
        return strict != null ? strict : loose;
    }

    private static boolean farEnough(Point2 p, List<ObservedNeutral> members) {
        return members.stream().allMatch(m -> p.distanceTo(m.position()) >= (m.isGeyser() ? 7 : 6));
    }

    /** The engine's rule (Placement): a townhall's 5x5 cells at least 3 cells from every resource's footprint. */
    private static boolean clearOfFootprints(Point2 p, List<ObservedNeutral> members) {
        int x0 = p.cellX() - 2;
        int y0 = p.cellY() - 2;
        for (ObservedNeutral m : members) {
            int w = m.facts().footprint().width();
            int h = m.facts().footprint().height();
            int rx0 = (int) Math.round(m.position().x() - w / 2.0);
            int ry0 = (int) Math.round(m.position().y() - h / 2.0);
            int gapX = Math.max(0, Math.max(rx0 - (x0 + 5), x0 - (rx0 + w)));
            int gapY = Math.max(0, Math.max(ry0 - (y0 + 5), y0 - (ry0 + h)));
            if (Math.max(gapX, gapY) < RESOURCE_GAP) {
                return false;
            }
        }
        return true;
    }

    private static final class Group {
        final List<ObservedNeutral> members;
        Point2 spot;

        Group(List<ObservedNeutral> members, Point2 spot) {
            this.members = members;
            this.spot = spot;
        }

        BaseLocation base(BaseRole role, int side) {
            return new BaseLocation(spot, role, side,
                    members.stream().filter(m -> !m.isGeyser()).map(ObservedNeutral::spot).toList(),
                    members.stream().filter(ObservedNeutral::isGeyser).map(ObservedNeutral::spot).toList());
        }
    }
}
