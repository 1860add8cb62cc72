package io.wickedzerg.bot.game;

import SC2APIProtocol.Sc2Api;
import com.github.ocraft.s2client.protocol.data.Upgrades;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.TradeValues;
import io.wickedzerg.bot.model.ZergTech;
import io.wickedzerg.bot.wire.UnitTracker;
import io.wickedzerg.bot.wire.WireUnits;
import java.util.Optional;

/** An observation straight to a {@link StepSnapshot}, the wire client's counterpart of {@link SnapshotFactory}. */
final class WireSnapshots {

    private final ZergTech tech;
    private final WireUnits units;

    WireSnapshots(ZergTech tech, WireUnits units) {
        this.tech = tech;
        this.units = units;
    }

    StepSnapshot from(Sc2Api.Observation obs, UnitTracker tracker) {
        Sc2Api.PlayerCommon player = obs.getPlayerCommon();
        StepSnapshot.Builder b = StepSnapshot.builder()
                .gameLoop(obs.getGameLoop())
                .bank(player.getMinerals(), player.getVespene())
                .supply(player.getFoodUsed(), player.getFoodCap());
        for (var unit : tracker.units()) {
            b.add(units.view(unit));
        }
        for (int upgrade : obs.getRawData().getPlayer().getUpgradeIdsList()) {
            b.upgrade(Upgrades.from(upgrade));
        }
        trade(obs).ifPresent(b::trade);
        return b.build(tech);
    }

    static Optional<TradeValues> trade(Sc2Api.Observation obs) {
        return obs.hasScore() ? GameScore.fromProto(obs.getScore()).trade() : Optional.empty();
    }
}
