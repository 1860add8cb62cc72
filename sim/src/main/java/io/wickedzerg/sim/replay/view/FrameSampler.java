package io.wickedzerg.sim.replay.view;

import io.wickedzerg.sim.data.ResourceKind;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.engine.view.WorldView;

import java.util.ArrayList;
import java.util.List;

/** Turns the whole world at one loop into a {@link Frame}: the unit facts a viewer needs, nothing it could not draw. */
public final class FrameSampler {
    private final UnitCatalog catalog;

    public FrameSampler(UnitCatalog catalog) {
        this.catalog = catalog;
    }

    /** A frame of the game as it is now. */
    public static Frame sample(Game game) {
        return new FrameSampler(game.setup().units()).frame(game.observe());
    }

    public Frame frame(WorldView world) {
        List<FrameUnit> units = new ArrayList<>(world.units().size());
        for (UnitView u : world.units()) {
            UnitFacts facts = catalog.get(u.type());
            units.add(new FrameUnit(u.tag(), u.type(), facts.name(), u.owner(), u.position().x(), u.position().y(),
                    u.radius(), kind(facts), u.flying(), life(u), u.buildProgress()));
        }
        List<PlayerFrame> players = new ArrayList<>();
        for (WorldView.PlayerTotals p : world.players()) {
            players.add(new PlayerFrame(p.playerId(), p.minerals(), p.vespene(), p.foodUsed(), p.foodCap(),
                    p.foodArmy(), count(units, p.playerId(), UnitKind.ARMY),
                    count(units, p.playerId(), UnitKind.WORKER)));
        }
        return new Frame(world.gameLoop(), units, players);
    }

    static UnitKind kind(UnitFacts facts) {
        if (facts.resource() == ResourceKind.MINERALS) {
            return UnitKind.MINERALS;
        } else if (facts.resource() == ResourceKind.VESPENE) {
            return UnitKind.VESPENE;
        } else if (facts.isStructure()) {
            return UnitKind.STRUCTURE;
        } else if (facts.worker()) {
            return UnitKind.WORKER;
        }
        return facts.foodRequired() > 0 ? UnitKind.ARMY : UnitKind.UNIT;
    }

    private static float life(UnitView u) {
        float max = u.healthMax() + u.shieldMax();
        return max <= 0 ? 1f : Math.max(0f, Math.min(1f, (u.health() + u.shield()) / max));
    }

    private static int count(List<FrameUnit> units, int owner, UnitKind kind) {
        int n = 0;
        for (FrameUnit u : units) {
            if (u.owner() == owner && u.kind() == kind) {
                n++;
            }
        }
        return n;
    }
}
