package io.wickedzerg.sim.protocol;

import SC2APIProtocol.Common;
import SC2APIProtocol.Error;
import SC2APIProtocol.Query;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.map.Point2;

import java.util.Optional;

/** Answers {@code RequestQuery}: ground distances, building placements and available abilities. */
public final class QueryHandler {
    private final UnitCatalog units;

    public QueryHandler(UnitCatalog units) {
        this.units = units;
    }

    public Query.ResponseQuery answer(Game game, int playerId, Query.RequestQuery request) {
        Query.ResponseQuery.Builder out = Query.ResponseQuery.newBuilder();
        for (Query.RequestQueryPathing p : request.getPathingList()) {
            Point2 from;
            if (p.hasStartPos()) {
                from = new Point2(p.getStartPos().getX(), p.getStartPos().getY());
            } else if (p.hasUnitTag()) {
                from = position(game, playerId, p.getUnitTag());
            } else {
                throw new ProtocolException("query.pathing needs start_pos or unit_tag");
            }
            if (!p.hasEndPos()) {
                throw new ProtocolException("query.pathing.end_pos is required");
            }
            Point2 to = new Point2(p.getEndPos().getX(), p.getEndPos().getY());
            float distance = from == null ? 0 : game.pathingDistance(from, to).map(Double::floatValue).orElse(0f);
            out.addPathing(Query.ResponseQueryPathing.newBuilder().setDistance(distance));
        }
        for (Query.RequestQueryBuildingPlacement b : request.getPlacementsList()) {
            if (!b.hasAbilityId() || !b.hasTargetPos()) {
                throw new ProtocolException("query.placements needs ability_id and target_pos");
            }
            Optional<UnitFacts> structure = units.createdBy(b.getAbilityId()).filter(UnitFacts::isStructure);
            CommandResult result = structure
                    .map(f -> game.checkPlacement(playerId, f.id(), new Point2(b.getTargetPos().getX(), b.getTargetPos().getY())))
                    .orElse(CommandResult.Error);
            out.addPlacements(Query.ResponseQueryBuildingPlacement.newBuilder()
                    .setResult(ActionResults.toProto(result)));
        }
        for (Query.RequestQueryAvailableAbilities a : request.getAbilitiesList()) {
            Query.ResponseQueryAvailableAbilities.Builder r = Query.ResponseQueryAvailableAbilities.newBuilder()
                    .setUnitTag(a.getUnitTag());
            game.view(playerId).ownUnits().stream().filter(u -> u.tag() == a.getUnitTag()).findFirst()
                    .ifPresent(u -> r.setUnitTypeId(u.type()));
            if (!r.hasUnitTypeId()) {
                r.setUnitTypeId(0);
            }
            for (int ability : game.availableAbilities(playerId, a.getUnitTag())) {
                r.addAbilities(Common.AvailableAbility.newBuilder().setAbilityId(ability));
            }
            out.addAbilities(r);
        }
        return out.build();
    }

    private static Point2 position(Game game, int playerId, long tag) {
        return game.view(playerId).ownUnits().stream().filter(u -> u.tag() == tag).findFirst()
                .map(UnitView::position).orElse(null);
    }
}
