package io.wickedzerg.sim.map.recorded;

import SC2APIProtocol.Common;
import SC2APIProtocol.Raw;
import SC2APIProtocol.Sc2Api;
import com.google.protobuf.InvalidProtocolBufferException;
import io.wickedzerg.sim.data.ResourceKind;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.map.BaseLocation;
import io.wickedzerg.sim.map.GameMap;
import io.wickedzerg.sim.map.Grid;
import io.wickedzerg.sim.map.HeightGrid;
import io.wickedzerg.sim.map.NeutralSpot;
import io.wickedzerg.sim.map.Point2;
import io.wickedzerg.sim.map.Rect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a recorded pair (game_info + first observation of player 1) into a {@link GameMap}: the game's grids,
 * playable area and start locations (player 1's own from its townhall, which game_info leaves out), every
 * neutral unit of the observation, and bases found from the resources ({@link BaseFinder}). Neutral critters
 * (non-structures holding nothing) are left out. A neutral type the catalog lacks fails with its id.
 *
 * <p>Resource contents: as recorded where the observation has them (units in vision); snapshots carry none, so
 * they get the recorded contents of a visible unit of the same type, else the game's standard amounts
 * (mineral fields 1800, "750" fields 900, "450" fields 450, geysers 2250).
 */
public final class RecordedMapReader {
    private static final int TOWNHALL = 5;

    private final UnitCatalog catalog;

    public RecordedMapReader(UnitCatalog catalog) {
        this.catalog = catalog;
    }

    public GameMap read(RecordedMapFiles files) {
        return read(files, files.requireExisting().readBytes());
    }

    /** The map from bytes read from those files; errors name the files. */
    public GameMap read(RecordedMapFiles files, RecordedMapBytes bytes) {
        return build(files.stem(), files.gameInfoFile().toString(), files.observationFile().toString(),
                files.parseGameInfo(bytes.gameInfo()), files.parseObservation(bytes.observation()));
    }

    /**
     * The map from the two files' contents as a replay embeds them ({@code stem} is the name the files had,
     * "AbyssalReefLE"); errors name the stem.
     */
    public GameMap read(String stem, byte[] gameInfo, byte[] observation) {
        String infoWhere = "embedded " + stem + RecordedMapFiles.GAME_INFO;
        String observationWhere = "embedded " + stem + RecordedMapFiles.OBSERVATION;
        Sc2Api.Response info;
        Sc2Api.ResponseObservation seen;
        try {
            info = Sc2Api.Response.parseFrom(gameInfo);
        } catch (InvalidProtocolBufferException e) {
            throw new RecordedMapException(infoWhere + ": damaged, not a protobuf Response: " + e.getMessage());
        }
        try {
            seen = Sc2Api.ResponseObservation.parseFrom(observation);
        } catch (InvalidProtocolBufferException e) {
            throw new RecordedMapException(observationWhere + ": damaged, not a protobuf ResponseObservation: "
                    + e.getMessage());
        }
        if (!info.hasGameInfo() || !info.getGameInfo().hasStartRaw() || !seen.hasObservation()
                || !seen.getObservation().hasRawData()) {
            throw new RecordedMapException(infoWhere + " and " + observationWhere + ": not a recorded game_info and "
                    + "first observation");
        }
        return build(stem, infoWhere, observationWhere, info.getGameInfo(), seen);
    }

    private GameMap build(String stem, String where, String observationWhere, Sc2Api.ResponseGameInfo info,
                          Sc2Api.ResponseObservation observation) {
        Raw.StartRaw raw = info.getStartRaw();
        int w = raw.getMapSize().getX();
        int h = raw.getMapSize().getY();
        Grid pathing = grid(raw.getPathingGrid(), w, h, where, "pathing_grid");
        Grid placement = grid(raw.getPlacementGrid(), w, h, where, "placement_grid");
        requireImage(raw.getTerrainHeight(), 8, w, h, where, "terrain_height");
        HeightGrid heights = HeightGrid.fromImageBytes(w, h, raw.getTerrainHeight().getData().toByteArray());
        Rect playable = new Rect(raw.getPlayableArea().getP0().getX(), raw.getPlayableArea().getP0().getY(),
                raw.getPlayableArea().getP1().getX(), raw.getPlayableArea().getP1().getY());

        Point2 ownStart = null;
        List<ObservedNeutral> resources = new ArrayList<>();
        List<ObservedNeutral> others = new ArrayList<>();
        Map<Integer, Integer> recordedAmounts = new LinkedHashMap<>();
        List<Raw.Unit> units = observation.getObservation().getRawData().getUnitsList();
        for (Raw.Unit u : units) {
            if (u.getMineralContents() > 0 || u.getVespeneContents() > 0) {
                recordedAmounts.putIfAbsent(u.getUnitType(), u.getMineralContents() + u.getVespeneContents());
            }
        }
        for (Raw.Unit u : units) {
            Point2 at = Point2.of(u.getPos().getX(), u.getPos().getY());
            if (u.getAlliance() == Raw.Alliance.Self) {
                if (catalog.find(u.getUnitType()).map(UnitFacts::townhall).orElse(false)) {
                    ownStart = at;
                }
                continue;
            }
            if (u.getAlliance() != Raw.Alliance.Neutral) {
                continue;
            }
            UnitFacts facts = catalog.find(u.getUnitType()).orElseThrow(() -> new RecordedMapException(
                    observationWhere + ": neutral unit type " + u.getUnitType() + " at " + at.x() + "," + at.y()
                            + " is not a type this server knows (see data/neutral_units.tsv)"));
            if (facts.resource() != ResourceKind.NONE) {
                int amount = u.getMineralContents() + u.getVespeneContents();
                if (amount == 0) {
                    amount = recordedAmounts.getOrDefault(facts.id(), standardAmount(facts));
                }
                resources.add(new ObservedNeutral(facts, at, u.getRadius(), amount));
            } else if (facts.isStructure()) {
                others.add(new ObservedNeutral(facts.withRadius(u.getRadius()), at, u.getRadius(), 0));
            }
        }
        if (ownStart == null) {
            throw new RecordedMapException(observationWhere + ": no townhall of player 1 (alliance Self), so "
                    + "player 1's start location is unknown");
        }
        List<Point2> starts = new ArrayList<>();
        starts.add(ownStart);
        for (Common.Point2D p : raw.getStartLocationsList()) {
            starts.add(Point2.of(p.getX(), p.getY()));
        }
        if (starts.size() < 2) {
            throw new RecordedMapException(where + ": game_info lists no start location for the opponent");
        }

        // the map's own ground: no townhall on player 1's start, no neutral standing (the engine adds both)
        Grid.Builder ground = pathing.toBuilder();
        ground.fillRect(ownStart.cellX() - TOWNHALL / 2, ownStart.cellY() - TOWNHALL / 2, TOWNHALL, TOWNHALL, true);
        List<NeutralSpot> neutrals = new ArrayList<>();
        for (ObservedNeutral other : others) {
            NeutralSpot spot = ObstacleCells.spot(other, pathing);
            spot.recordedCells().forEach(c -> ground.set(c.x(), c.y(), true));
            neutrals.add(spot);
        }
        Grid groundGrid = ground.build();
        List<ObservedNeutral> orphans = new ArrayList<>();
        List<BaseLocation> bases = new BaseFinder(placement, heights, groundGrid).find(resources, starts, orphans);
        for (ObservedNeutral orphan : orphans) {
            neutrals.add(new NeutralSpot(orphan.facts().id(), orphan.position(), orphan.radius(), orphan.amount(),
                    List.of(), List.of()));
        }
        String name = info.getMapName().isEmpty() ? stem : info.getMapName();
        String path = info.getLocalMapPath().isEmpty() ? stem + ".SC2Map" : fileNameOf(info.getLocalMapPath());
        return new GameMap(name, w, h, groundGrid, placement, heights, playable, starts, bases, List.of(), neutrals, path);
    }

    private static String fileNameOf(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    static int standardAmount(UnitFacts facts) {
        if (facts.resource() == ResourceKind.VESPENE) {
            return 2250;
        }
        if (facts.name().contains("750")) {
            return 900;
        }
        return facts.name().contains("450") ? 450 : 1800;
    }

    private static Grid grid(Common.ImageData image, int w, int h, String where, String field) {
        requireImage(image, 1, w, h, where, field);
        return Grid.fromImageBytes(w, h, image.getData().toByteArray());
    }

    private static void requireImage(Common.ImageData image, int bits, int w, int h, String where, String field) {
        long bytes = ((long) w * h * bits + 7) / 8;
        if (image.getBitsPerPixel() != bits || image.getSize().getX() != w || image.getSize().getY() != h
                || image.getData().size() != bytes) {
            throw new RecordedMapException(where + ": " + field + " must be " + w + "x" + h + " at " + bits
                    + " bit(s) per cell (" + bytes + " bytes), is " + image.getSize().getX() + "x"
                    + image.getSize().getY() + " at " + image.getBitsPerPixel() + " (" + image.getData().size() + " bytes)");
        }
    }
}
