package io.wickedzerg.bot.game;

import com.github.ocraft.s2client.bot.gateway.ObservationInterface;
import com.github.ocraft.s2client.protocol.game.raw.StartRaw;
import com.github.ocraft.s2client.protocol.response.ResponseGameInfo;
import io.wickedzerg.bot.model.ExpansionLocator;
import io.wickedzerg.bot.model.GameMap;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.StepSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Game info and the first observation to {@link GameMap}: starts and expansion sites. */
public final class GameMapFactory {

    private GameMapFactory() {
    }

    public static GameMap from(ObservationInterface obs, StepSnapshot first) {
        ResponseGameInfo info = obs.getGameInfo();
        var startPoint = obs.getStartLocation();
        Point2 start = new Point2(startPoint.getX(), startPoint.getY());
        List<Point2> enemyStarts = new ArrayList<>();
        double width = 0;
        double height = 0;
        if (info.getStartRaw().isPresent()) {
            StartRaw raw = info.getStartRaw().get();
            raw.getStartLocations().forEach(p -> enemyStarts.add(new Point2(p.getX(), p.getY())));
            width = raw.getMapSize().getX();
            height = raw.getMapSize().getY();
        }
        return fromStarts(start, enemyStarts, first, width, height);
    }

    /**
     * The map from the game info's start locations, in any order ({@code possibleStarts} may include the bot's own;
     * it is dropped), the map size and the first snapshot.
     */
    public static GameMap fromStarts(Point2 start, List<Point2> possibleStarts, StepSnapshot first, double width,
                                     double height) {
        List<Point2> enemyStarts = new ArrayList<>(possibleStarts);
        enemyStarts.removeIf(p -> p.distance(start) < 5);
        // ocraft keeps the start locations in a HashSet: a fixed order keeps the scouting route the same.
        enemyStarts.sort(Comparator.comparingDouble(Point2::x).thenComparingDouble(Point2::y));
        return of(start, enemyStarts, first, width, height);
    }

    /** Also used by tests: the same map facts from a constructed first snapshot. */
    public static GameMap of(Point2 start, List<Point2> enemyStarts, StepSnapshot first, double width, double height) {
        List<Point2> sites = new ArrayList<>(ExpansionLocator.locate(first.mineralFields(), first.geysers(), 4));
        if (width <= 0 || height <= 0) {
            for (Point2 p : sites) {
                width = Math.max(width, p.x() + 20);
                height = Math.max(height, p.y() + 20);
            }
        }
        return new GameMap(start, enemyStarts, sites, width, height);
    }
}
