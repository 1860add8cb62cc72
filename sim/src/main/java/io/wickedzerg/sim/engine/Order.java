package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.engine.command.Target;
import io.wickedzerg.sim.map.Point2;

/** What a unit is doing now or later; the engine's counterpart of an SC2 unit order. */
sealed interface Order {

    record Move(Target target) implements Order {
    }

    record Attack(long targetTag) implements Order {
    }

    record AttackMove(Point2 point) implements Order {
    }

    /** Walking from {@code from} to {@code to} and back, over and over, fighting what it meets (armed units). */
    record Patrol(Point2 from, Point2 to) implements Order {
    }

    record Hold() implements Order {
    }

    record Gather(long resourceTag) implements Order {
    }

    /** Carrying cargo home; {@code backTo} is the resource to return to afterwards (0 for none). */
    record ReturnCargo(long backTo) implements Order {
    }

    /** A worker goes to place a structure; {@code geyserTag} is 0 for structures on the ground. */
    record Build(UnitFacts structure, Point2 point, long geyserTag) implements Order {
    }

    /** An SCV stays with the structure it constructs until it is finished. */
    record Construct(long structureTag, int abilityId) implements Order {
    }

    record Inject(long hatcheryTag) implements Order {
    }

    /** A queen walks to a site on creep and plants a creep tumor there. */
    record PlantTumor(Point2 point) implements Order {
    }
}
