package io.wickedzerg.bot.game;

import com.github.ocraft.s2client.bot.gateway.ObservationInterface;
import com.github.ocraft.s2client.bot.gateway.UnitInPool;
import com.github.ocraft.s2client.protocol.data.Upgrade;
import com.github.ocraft.s2client.protocol.unit.DisplayType;
import com.github.ocraft.s2client.protocol.unit.Unit;
import com.github.ocraft.s2client.protocol.unit.UnitOrder;
import io.wickedzerg.bot.model.OrderView;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.TradeValues;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.model.ZergTech;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Observation to {@link StepSnapshot}: the one pass over ocraft's units per step. */
public final class SnapshotFactory {

    private final ZergTech tech;

    public SnapshotFactory(ZergTech tech) {
        this.tech = tech;
    }

    public StepSnapshot from(ObservationInterface obs) {
        StepSnapshot.Builder b = StepSnapshot.builder()
                .gameLoop(obs.getGameLoop())
                .bank(obs.getMinerals(), obs.getVespene())
                .supply(obs.getFoodUsed(), obs.getFoodCap());
        for (UnitInPool pooled : obs.getUnits()) {
            if (!pooled.isAlive()) {
                continue;
            }
            pooled.getUnit().ifPresent(u -> b.add(view(u)));
        }
        for (Upgrade upgrade : obs.getUpgrades()) {
            b.upgrade(upgrade);
        }
        trade(obs).ifPresent(b::trade);
        return b.build(tech);
    }

    /**
     * The score details' killed and lost values (the real game and the headless server send them with every
     * observation); empty when an observation has no score.
     */
    public static Optional<TradeValues> trade(ObservationInterface obs) {
        return GameScore.from(Optional.ofNullable(obs.getScore())).trade();
    }

    /** A pooled unit's view, read when asked for; throws when ocraft holds no data for it. */
    static Supplier<UnitView> viewOf(UnitInPool pooled) {
        return () -> view(pooled.unit());
    }

    static UnitView view(Unit u) {
        List<OrderView> orders = new ArrayList<>(u.getOrders().size());
        for (UnitOrder o : u.getOrders()) {
            orders.add(new OrderView(o.getAbility(),
                    o.getTargetedUnitTag().map(t -> t.getValue()).orElse(0L),
                    o.getTargetedWorldSpacePosition().map(p -> new Point2(p.getX(), p.getY())).orElse(null),
                    o.getProgress().orElse(0f)));
        }
        return new UnitView(
                u.getTag().getValue(),
                u.getType(),
                u.getAlliance(),
                new Point2(u.getPosition().getX(), u.getPosition().getY()),
                u.getHealth().orElse(0f),
                u.getHealthMax().orElse(0f),
                u.getEnergy().orElse(0f),
                u.getBuildProgress() < 0 ? 1f : u.getBuildProgress(),
                orders,
                u.getAssignedHarvesters().orElse(0),
                u.getIdealHarvesters().orElse(0),
                u.getMineralContents().orElse(0),
                u.getVespeneContents().orElse(0),
                u.getFlying().orElse(false),
                u.getDisplayType() == DisplayType.SNAPSHOT);
    }
}
