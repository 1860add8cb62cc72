package io.wickedzerg.bot.wire;

import SC2APIProtocol.Data;
import SC2APIProtocol.Raw;
import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Ability;
import com.github.ocraft.s2client.protocol.data.Units;
import com.github.ocraft.s2client.protocol.unit.Alliance;
import io.wickedzerg.bot.model.OrderView;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.UnitView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A protocol unit straight to a {@link UnitView}, with the values ocraft's conversion would give it: absent
 * numbers read 0, an absent build progress reads finished, and each order's ability is its general one (as ocraft
 * generalizes it from the game's ability data: "Train Zergling" stays, "Harvest Gather Drone" reads "Harvest
 * Gather").
 */
public final class WireUnits {

    private final Map<Integer, Ability> general;

    private WireUnits(Map<Integer, Ability> general) {
        this.general = general;
    }

    /** From the game's ability data ({@code RequestData} with {@code ability_id}). */
    public static WireUnits from(List<Data.AbilityData> abilities) {
        Map<Integer, Ability> general = new HashMap<>();
        for (Data.AbilityData a : abilities) {
            if (a.hasRemapsToAbilityId()) {
                Ability to = Abilities.from(a.getRemapsToAbilityId());
                if (to.isKnown()) {
                    general.put(a.getAbilityId(), to);
                }
            }
        }
        return new WireUnits(general);
    }

    public Ability ability(int id) {
        Ability to = general.get(id);
        return to != null ? to : Abilities.from(id);
    }

    public UnitView view(Raw.Unit u) {
        List<OrderView> orders = new ArrayList<>(u.getOrdersCount());
        for (Raw.UnitOrder o : u.getOrdersList()) {
            orders.add(new OrderView(ability(o.getAbilityId()),
                    o.hasTargetUnitTag() ? o.getTargetUnitTag() : 0L,
                    o.hasTargetWorldSpacePos()
                            ? new Point2(o.getTargetWorldSpacePos().getX(), o.getTargetWorldSpacePos().getY()) : null,
                    o.getProgress()));
        }
        float progress = u.hasBuildProgress() ? u.getBuildProgress() : -1f;
        return new UnitView(
                u.getTag(),
                Units.from(u.getUnitType()),
                Alliance.from(u.getAlliance()),
                new Point2(u.getPos().getX(), u.getPos().getY()),
                u.getHealth(),
                u.getHealthMax(),
                u.getEnergy(),
                progress < 0 ? 1f : progress,
                orders,
                u.getAssignedHarvesters(),
                u.getIdealHarvesters(),
                u.getMineralContents(),
                u.getVespeneContents(),
                u.getIsFlying(),
                u.getDisplayType() == Raw.DisplayType.Snapshot);
    }
}
