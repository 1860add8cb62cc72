package io.wickedzerg.sim.protocol;

import SC2APIProtocol.Common;
import SC2APIProtocol.Raw;
import SC2APIProtocol.Sc2Api;
import com.google.protobuf.ByteString;
import io.wickedzerg.sim.engine.PlayerSlot;
import io.wickedzerg.sim.map.GameMap;
import io.wickedzerg.sim.map.Grid;
import io.wickedzerg.sim.map.Point2;

import java.util.List;

/**
 * Answers {@code RequestGameInfo}: map name and grids, players, and the enemy start locations. Each player's
 * {@code race_requested} is what it asked for (maybe Random) and {@code race_actual} the race it plays, for every
 * viewer, as the real game reports them once the game has started.
 */
public final class GameInfoEncoder {
    /**
     * The dependencies every ladder map of the real game lists (all recorded {@code game_info}s name these five);
     * our maps stand in for such maps, so they list the same.
     */
    public static final List<String> MOD_NAMES = List.of("Mods/Core.SC2Mod", "Mods/Liberty.SC2Mod",
            "Mods/Swarm.SC2Mod", "Mods/Void.SC2Mod", "Mods/VoidMulti.SC2Mod");

    private GameInfoEncoder() {
    }

    /** {@code pathing} is the map's grid before the game starts, the game's live one after. */
    public static Sc2Api.ResponseGameInfo encode(GameMap map, Grid pathing, List<PlayerSlot> players, int viewer,
                                                 Sc2Api.InterfaceOptions options) {
        Common.Size2DI size = Common.Size2DI.newBuilder().setX(map.width()).setY(map.height()).build();
        Raw.StartRaw.Builder start = Raw.StartRaw.newBuilder()
                .setMapSize(size)
                .setPathingGrid(image(1, size, pathing.toImageBytes()))
                .setPlacementGrid(image(1, size, map.placement().toImageBytes()))
                .setTerrainHeight(image(8, size, map.terrainHeight().toImageBytes()))
                .setPlayableArea(Common.RectangleI.newBuilder()
                        .setP0(Common.PointI.newBuilder().setX(map.playableArea().x0()).setY(map.playableArea().y0()))
                        .setP1(Common.PointI.newBuilder().setX(map.playableArea().x1()).setY(map.playableArea().y1())));
        for (int i = 0; i < map.startLocations().size(); i++) {
            if (i + 1 != viewer) {
                Point2 p = map.startLocations().get(i);
                start.addStartLocations(Common.Point2D.newBuilder().setX((float) p.x()).setY((float) p.y()));
            }
        }
        Sc2Api.ResponseGameInfo.Builder info = Sc2Api.ResponseGameInfo.newBuilder()
                .setMapName(map.name())
                .setLocalMapPath(map.fileName())
                .addAllModNames(MOD_NAMES)
                .setStartRaw(start)
                .setOptions(options);
        for (PlayerSlot slot : players) {
            Sc2Api.PlayerInfo.Builder p = Sc2Api.PlayerInfo.newBuilder()
                    .setPlayerId(slot.playerId())
                    .setType(slot.computer() ? Sc2Api.PlayerType.Computer : Sc2Api.PlayerType.Participant)
                    .setRaceRequested(Common.Race.forNumber(slot.raceRequested().protoValue()))
                    .setRaceActual(Common.Race.forNumber(slot.race().protoValue()))
                    .setPlayerName(slot.name());
            if (slot.computer()) {
                p.setDifficulty(Sc2Api.Difficulty.forNumber(slot.difficulty().protoValue()));
            }
            info.addPlayerInfo(p);
        }
        return info.build();
    }

    static Common.ImageData image(int bitsPerPixel, Common.Size2DI size, byte[] data) {
        return Common.ImageData.newBuilder().setBitsPerPixel(bitsPerPixel).setSize(size)
                .setData(ByteString.copyFrom(data)).build();
    }
}
