package io.wickedzerg.services.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.wickedzerg.services.http.QueryParams;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The dashboard's page and the JSON it polls. The page ({@code /}, from {@code dashboard/} on the class
 * path) and uPlot (from its WebJar under {@code /webjars/}) are static files; the page's data comes from
 * {@code /data/*}, which the dashboard gathers from the other services, so the browser talks to the
 * dashboard only. {@code /data/*} is outside {@code /api/*} and so not behind the API key: a browser
 * cannot send it, and the dashboard only reads.
 */
public final class DashboardRoutes {

    /** How long the registry's answer serves the panels of one poll. */
    private static final Duration REGISTRY_MAX_AGE = Duration.ofSeconds(1);
    /** The ingest rate is the counter's increase over about this long. */
    private static final Duration RATE_WINDOW = Duration.ofSeconds(10);

    private final ObjectMapper json;
    private final OverviewCollector overview;
    private final GamesView games;
    private final GameDetail game;
    private final LogsView logs;
    private final LearningView learning;

    private DashboardRoutes(ObjectMapper json, Directory directory, Clock clock) {
        this.json = json;
        this.overview = new OverviewCollector(directory, new IngestRate(clock, RATE_WINDOW), clock);
        this.games = new GamesView(directory, clock);
        this.game = new GameDetail(directory);
        this.logs = new LogsView(directory, clock);
        this.learning = new LearningView(directory);
    }

    public static DashboardRoutes create(DashboardSettings settings, Clock clock) {
        ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        UpstreamClient client = new UpstreamClient(settings.upstreamTimeout(), settings.apiKey());
        Directory directory = new Directory(client, settings, new JsonReader(json), clock, REGISTRY_MAX_AGE);
        return new DashboardRoutes(json, directory, clock);
    }

    public void register(RoutesConfig routes) {
        routes.get("/data/overview", ctx -> send(ctx, overview.collect()));
        routes.get("/data/games", ctx -> send(ctx, games.list()));
        routes.get("/data/games/{id}", ctx -> send(ctx, game.game(ctx.pathParam("id"))));
        routes.get("/data/logs", ctx -> send(ctx, logs.recent(Optional.ofNullable(ctx.queryParam("service"))
                .filter(s -> !s.isEmpty()), QueryParams.oneOf(ctx, "level", "WARN", "WARN", "ERROR"))));
        routes.get("/data/learning", ctx -> send(ctx, learning.stats()));
    }

    /** The page and uPlot, both from the class path: the dashboard works offline. */
    public void configure(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/dashboard";
            files.location = Location.CLASSPATH;
        });
        config.staticFiles.enableWebjars();
    }

    private void send(Context ctx, Object body) throws JsonProcessingException {
        ctx.header("Cache-Control", "no-store").contentType("application/json").result(json.writeValueAsString(body));
    }
}
