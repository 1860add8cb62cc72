package io.wickedzerg.bot.game;

import com.github.ocraft.s2client.bot.ClientError;
import com.github.ocraft.s2client.bot.S2Agent;
import com.github.ocraft.s2client.bot.gateway.ActionInterface;
import com.github.ocraft.s2client.bot.gateway.UnitInPool;
import com.github.ocraft.s2client.protocol.observation.PlayerResult;
import com.github.ocraft.s2client.protocol.response.ResponseType;
import com.github.ocraft.s2client.protocol.spatial.Point2d;
import com.github.ocraft.s2client.protocol.unit.Tag;
import io.wickedzerg.bot.core.Command;
import io.wickedzerg.bot.model.GameMap;
import io.wickedzerg.bot.ocraft.DirectResponses;
import io.wickedzerg.bot.ocraft.ResponseStreamFix;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.ZergTech;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ocraft agent: turns each observation into a snapshot, lets the {@link BotBrain} decide, and sends
 * the sink's commands as ocraft actions. Everything else lives in the session and the brain.
 */
public final class WickedZergBot extends S2Agent {
    private static final Logger log = LoggerFactory.getLogger(WickedZergBot.class);

    private final BotGame game;
    private final SnapshotFactory snapshots = new SnapshotFactory(ZergTech.standard());
    private ConnectionTrouble trouble;
    private Map<Integer, String> finalResults = Map.of();
    private int playerId;

    public WickedZergBot(GameSession session, StepListener listener) {
        this(() -> session, listener);
    }

    /**
     * A bot whose session is asked for when the game starts (or ends without starting), not before: the ladder
     * bot builds its runtime while ocraft connects. {@code session} returns the same session each time.
     */
    public WickedZergBot(Supplier<GameSession> session, StepListener listener) {
        // before ocraft builds its response stream for this game (it does when the coordinator connects)
        ResponseStreamFix.install();
        DirectResponses.install();
        this.game = new BotGame(session, listener);
    }

    @Override
    public void onGameStart() {
        playerId = observation().getPlayerId();
        StepSnapshot first = snapshots.from(observation());
        GameMap map = GameMapFactory.from(observation(), first);
        game.start(first, map, new GridPlacementCheck(new OcraftGrids(observation()), map.start()));
    }

    @Override
    public void onStep() {
        game.step(() -> snapshots.from(observation()), this::send);
    }

    @Override
    public void onUnitDestroyed(UnitInPool unit) {
        game.unitDestroyed(SnapshotFactory.viewOf(unit), observation().getGameLoop());
    }

    @Override
    public void onUnitCreated(UnitInPool unit) {
        game.unitCreated(SnapshotFactory.viewOf(unit), observation().getGameLoop());
    }

    @Override
    public void onBuildingConstructionComplete(UnitInPool unit) {
        game.constructionComplete(SnapshotFactory.viewOf(unit), observation().getGameLoop());
    }

    private void send(List<Command> commands) {
        ActionInterface actions = actions();
        for (Command c : commands) {
            // Our order (tag order), so the action the server gets is the same in every run.
            Set<Tag> tags = new LinkedHashSet<>();
            for (Long t : c.tags()) {
                tags.add(Tag.of(t));
            }
            if (c.targetTag() != 0) {
                var target = observation().getUnit(Tag.of(c.targetTag()));
                if (target != null && target.getUnit().isPresent()) {
                    actions.unitCommand(tags, c.ability(), target.unit(), c.queued());
                }
            } else if (c.target() != null) {
                actions.unitCommand(tags, c.ability(), Point2d.of((float) c.target().x(), (float) c.target().y()),
                        c.queued());
            } else {
                actions.unitCommand(tags, c.ability(), c.queued());
            }
        }
    }

    @Override
    public void onGameEnd() {
        // the final observation's score: the last step's snapshot may be a step behind it
        finalResults = results();
        game.finish(finalResults.getOrDefault(observation().getPlayerId(), "Undecided"),
                SnapshotFactory.trade(observation()));
    }

    @Override
    public void onError(List<ClientError> clientErrors, List<String> protocolErrors) {
        // after the game's end ocraft reports its own hang-up as a lost connection: nothing went wrong then
        if (!game.ended()) {
            if (trouble == null) {
                trouble = new ConnectionTrouble(clientErrors.stream().map(Enum::name).toList(), pendingRequests(),
                        game.lastGameLoop());
            }
            log.warn("the game connection reported {}{}", trouble.describe(),
                    protocolErrors.isEmpty() ? "" : " " + protocolErrors);
        }
    }

    /** The requests ocraft still waits for: after a timeout, the one that was never answered. */
    private List<String> pendingRequests() {
        try {
            return Arrays.stream(ResponseType.values())
                    .filter(type -> control().proto().hasResponsePending(type))
                    .map(Enum::name)
                    .toList();
        } catch (RuntimeException gone) {
            return List.of();
        }
    }

    /** What went wrong with the connection, if anything did before the game ended. */
    public Optional<ConnectionTrouble> connectionTrouble() {
        return Optional.ofNullable(trouble);
    }

    private Map<Integer, String> results() {
        Map<Integer, String> byPlayer = new TreeMap<>();
        for (PlayerResult r : observation().getResults()) {
            byPlayer.put(r.getPlayerId(), BotGame.label(r.getResult()));
        }
        return Collections.unmodifiableMap(byPlayer);
    }

    /**
     * Every player's result by player id, as the game's last observation gave them (a bot-vs-bot launcher reports
     * the other bot's from it); empty before the game ended.
     */
    public Map<Integer, String> playerResults() {
        return finalResults;
    }

    /** The player id the game gave this bot when it joined; 0 before the game started. */
    public int playerId() {
        return playerId;
    }

    /** The report after {@code onGameEnd}, or null while the game runs. */
    public GameReport report() {
        return game.report();
    }

    /** A manager failure under the RETHROW policy, or null. */
    public RuntimeException failure() {
        return game.failure();
    }

    /** Ends a game ocraft never closed (connection lost): reports what we have as undecided. */
    public GameReport reportOrAbandon() {
        return game.reportOrAbandon(trouble == null ? "connection lost" : trouble.describe());
    }
}
