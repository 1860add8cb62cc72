package io.wickedzerg.sim.replay;

import SC2APIProtocol.Common;
import SC2APIProtocol.Raw;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.ai.BuiltInAiFactory;
import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.data.UpgradeCatalog;
import io.wickedzerg.sim.engine.Difficulty;
import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.engine.GameSetup;
import io.wickedzerg.sim.engine.PlayerSlot;
import io.wickedzerg.sim.engine.view.PlayerView;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.map.BuiltInMaps;
import io.wickedzerg.sim.map.Point2;
import io.wickedzerg.sim.protocol.ActionDecoder;

import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * A whole game without a server: a scripted Zerg participant (drones, overlords, a pool, zerglings that attack
 * the enemy start) against a Medium Terran computer, every command sent as the SC2 API's raw action through the
 * server's decoder and recorded as the server records it. The same seed plays the same game.
 */
final class ScriptedGame {
    static final int LOOP_LIMIT = 4_000;
    private static final int TRAIN_DRONE = 1342;
    private static final int TRAIN_ZERGLING = 1343;
    private static final int TRAIN_OVERLORD = 1344;
    private static final int BUILD_SPAWNING_POOL = 1155;
    private static final int ATTACK = 23;
    private static final int SMART = 1;

    private final Game game;
    private final ReplayRecorder recorder;
    private final ActionDecoder decoder = new ActionDecoder(UnitCatalog.standard(), UpgradeCatalog.standard());

    ScriptedGame(long seed) {
        GameSetup setup = GameSetup.builder(BuiltInMaps.standard().defaultMap()).computers(new BuiltInAiFactory())
                .seed(seed).loopLimit(LOOP_LIMIT)
                .player(new PlayerSlot(1, Race.ZERG, false, null, "scripted"))
                .player(new PlayerSlot(2, Race.TERRAN, true, Difficulty.MEDIUM, "Computer Medium"))
                .build();
        this.game = new Game(setup);
        this.recorder = new ReplayRecorder(game, MapSource.builtIn(setup.map().name()), false);
    }

    /** Plays to the end; {@code hashes} gets the state hash after every loop. */
    Replay play(LongConsumer hashes) {
        game.onLoop(g -> hashes.accept(g.stateHash()));
        while (!game.isOver()) {
            if (game.gameLoop() % 16 == 0) {
                decide(game.view(1));
                game.report(1);
            }
            game.step(1);
        }
        return recorder.replay();
    }

    private void decide(PlayerView view) {
        int minerals = view.minerals();
        int supplyLeft = view.foodCap() - view.foodUsed();
        List<UnitView> larvae = own(view, UnitTypeIds.LARVA);
        boolean pool = !own(view, UnitTypeIds.SPAWNING_POOL).isEmpty();
        for (UnitView larva : larvae) {
            if (supplyLeft <= 2 && minerals >= 100 && !anyOrder(view, TRAIN_OVERLORD)) {
                send(command(TRAIN_OVERLORD, larva.tag()));
                minerals -= 100;
            } else if (supplyLeft > 0 && minerals >= 50) {
                boolean lings = pool && own(view, UnitTypeIds.DRONE).size() >= 14;
                send(command(lings ? TRAIN_ZERGLING : TRAIN_DRONE, larva.tag()));
                minerals -= 50;
                supplyLeft--;
            }
        }
        List<UnitView> drones = own(view, UnitTypeIds.DRONE);
        if (!pool && minerals >= 200 && drones.size() >= 12 && !anyOrder(view, BUILD_SPAWNING_POOL)) {
            Point2 start = view.startLocation();
            float dx = start.x() < view.terrain().width() / 2f ? -6 : 6;
            send(command(BUILD_SPAWNING_POOL, drones.get(0).tag()).setTargetWorldSpacePos(point(start.x() + dx + 0.5f,
                    start.y() + 0.5f)));
        }
        drones.stream().filter(UnitView::isIdle).forEach(d -> nearestMineral(view, d.position())
                .ifPresent(m -> send(command(SMART, d.tag()).setTargetUnitTag(m.tag()))));
        List<UnitView> lings = own(view, UnitTypeIds.ZERGLING);
        if (lings.size() >= 8) {
            Point2 enemy = view.enemyStartLocations().get(0);
            Raw.ActionRawUnitCommand.Builder attack = Raw.ActionRawUnitCommand.newBuilder().setAbilityId(ATTACK)
                    .setTargetWorldSpacePos(point(enemy.x(), enemy.y()));
            lings.stream().filter(UnitView::isIdle).forEach(l -> attack.addUnitTags(l.tag()));
            if (attack.getUnitTagsCount() > 0) {
                send(attack);
            }
        }
    }

    private void send(Raw.ActionRawUnitCommand.Builder command) {
        Sc2Api.Action action = Sc2Api.Action.newBuilder().setActionRaw(Raw.ActionRaw.newBuilder()
                .setUnitCommand(command)).build();
        recorder.action(1, action);
        game.issue(1, decoder.decode(action.getActionRaw().getUnitCommand()));
    }

    private static Raw.ActionRawUnitCommand.Builder command(int ability, long tag) {
        return Raw.ActionRawUnitCommand.newBuilder().setAbilityId(ability).addUnitTags(tag);
    }

    private static Common.Point2D point(float x, float y) {
        return Common.Point2D.newBuilder().setX(x).setY(y).build();
    }

    private static List<UnitView> own(PlayerView view, int type) {
        return view.ownUnits().stream().filter(u -> u.type() == type).toList();
    }

    private static boolean anyOrder(PlayerView view, int ability) {
        return view.ownUnits().stream().anyMatch(u -> u.orders().stream().anyMatch(o -> o.abilityId() == ability));
    }

    private static java.util.Optional<UnitView> nearestMineral(PlayerView view, Point2 from) {
        return view.neutralUnits().stream().filter(u -> u.mineralContents() > 0)
                .min(Comparator.comparingDouble((UnitView u) -> u.position().distanceTo(from)).thenComparingLong(UnitView::tag));
    }
}
