package io.wickedzerg.bot.core;

import io.wickedzerg.bot.model.Nearest;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.UnitView;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Lends mining drones to managers that build, and takes them back when the build did not happen
 * (the drone stands idle a while after its order), so a failed placement never strands a worker.
 */
public final class Builders {

    /** Loops a builder may stand idle before it goes back to mining (the order may still be on its way). */
    static final long GRACE_LOOPS = 24;

    private final Map<Long, Long> lentAt = new HashMap<>();

    /** The mining drone nearest to {@code site}, now a builder; empty when no drone is free. */
    public Optional<UnitView> borrow(StepContext ctx, Point2 site) {
        RoleRegistry roles = ctx.roles();
        Optional<UnitView> drone = Nearest.to(site, ctx.snapshot().drones(),
                d -> roles.has(d.tag(), Role.MINERALS) && !ctx.sink().hasCommand(d.tag()) && d.isFinished());
        drone.ifPresent(d -> {
            roles.reassign(d.tag(), Role.MINERALS, Role.BUILDER);
            lentAt.put(d.tag(), ctx.snapshot().gameLoop());
        });
        return drone;
    }

    /** Returns idle builders whose grace time is over to mining; forgets builders that are gone. */
    public void reclaimIdle(StepSnapshot snapshot, RoleRegistry roles) {
        lentAt.entrySet().removeIf(e -> {
            UnitView drone = snapshot.byTag(e.getKey());
            if (drone == null || !roles.has(e.getKey(), Role.BUILDER)) {
                return true;
            }
            if (drone.isIdle() && snapshot.gameLoop() - e.getValue() > GRACE_LOOPS) {
                roles.reassign(drone.tag(), Role.BUILDER, Role.MINERALS);
                return true;
            }
            return false;
        });
    }

    public int lent() {
        return lentAt.size();
    }
}
