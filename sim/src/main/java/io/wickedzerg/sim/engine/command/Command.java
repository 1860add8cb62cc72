package io.wickedzerg.sim.engine.command;

import io.wickedzerg.sim.map.Point2;

import java.util.List;
import java.util.Objects;

/**
 * One order for some of a player's units: exactly what an SC2 {@code ActionRawUnitCommand} can say, in the
 * engine's words. Every command names the units it applies to and whether it is queued behind their orders.
 * The built-in computer players and the protocol endpoint both speak this language.
 */
public sealed interface Command {

    List<Long> units();

    boolean queued();

    /**
     * Whether every named unit runs this command, as the game runs its group abilities (move, attack, stop, hold,
     * gather, return cargo, right click, rally), or only one of them does: the game runs a train, build, morph,
     * research, add-on, cast or cancel once, whatever the selection, so "train queen" for three hatcheries makes
     * one queen and "train drone" for five larvae one drone.
     */
    default boolean forEveryUnit() {
        return this instanceof Move || this instanceof Attack || this instanceof AttackMove || this instanceof Patrol
                || this instanceof Smart
                || this instanceof Stop || this instanceof HoldPosition || this instanceof Gather
                || this instanceof ReturnCargo || this instanceof Rally;
    }

    /** Walk to a point or follow a unit, ignoring enemies. */
    record Move(List<Long> units, Target target, boolean queued) implements Command {
        public Move {
            units = List.copyOf(units);
            Objects.requireNonNull(target, "target");
        }
    }

    /** Attack one unit. */
    record Attack(List<Long> units, long targetTag, boolean queued) implements Command {
        public Attack {
            units = List.copyOf(units);
        }
    }

    /** Walk to a point and fight every enemy met on the way. */
    record AttackMove(List<Long> units, Point2 point, boolean queued) implements Command {
        public AttackMove {
            units = List.copyOf(units);
            Objects.requireNonNull(point, "point");
        }
    }

    /** Walk to a point and back again, over and over, fighting every enemy met on the way. */
    record Patrol(List<Long> units, Point2 point, boolean queued) implements Command {
        public Patrol {
            units = List.copyOf(units);
            Objects.requireNonNull(point, "point");
        }
    }

    /** Right click: gather from resources, attack enemies, follow friends, move to points. */
    record Smart(List<Long> units, Target target, boolean queued) implements Command {
        public Smart {
            units = List.copyOf(units);
            Objects.requireNonNull(target, "target");
        }
    }

    record Stop(List<Long> units, boolean queued) implements Command {
        public Stop {
            units = List.copyOf(units);
        }
    }

    record HoldPosition(List<Long> units, boolean queued) implements Command {
        public HoldPosition {
            units = List.copyOf(units);
        }
    }

    /** Workers mine a mineral field or a finished extractor/refinery/assimilator. */
    record Gather(List<Long> units, long resourceTag, boolean queued) implements Command {
        public Gather {
            units = List.copyOf(units);
        }
    }

    record ReturnCargo(List<Long> units, boolean queued) implements Command {
        public ReturnCargo {
            units = List.copyOf(units);
        }
    }

    /** A worker builds a structure at a point (its centre). */
    record Build(List<Long> units, int structureType, Point2 point, boolean queued) implements Command {
        public Build {
            units = List.copyOf(units);
            Objects.requireNonNull(point, "point");
        }
    }

    /** A worker builds an extractor, refinery or assimilator on a vespene geyser. */
    record BuildOnGeyser(List<Long> units, int structureType, long geyserTag, boolean queued) implements Command {
        public BuildOnGeyser {
            units = List.copyOf(units);
        }
    }

    /**
     * Produce a unit: from a producer's queue (SCV, Marine, Queen) or from larva (give larva tags, or a
     * hatchery's tag to use one of its larvae).
     */
    record Train(List<Long> units, int unitType, boolean queued) implements Command {
        public Train {
            units = List.copyOf(units);
        }
    }

    /** Turn units into another type in place (Lair, Overseer, Baneling, Orbital Command). */
    record Morph(List<Long> units, int targetType, boolean queued) implements Command {
        public Morph {
            units = List.copyOf(units);
        }
    }

    /** Queens inject larva into a hatchery, lair or hive. */
    record Inject(List<Long> units, long hatcheryTag, boolean queued) implements Command {
        public Inject {
            units = List.copyOf(units);
        }
    }

    /**
     * Plant a creep tumor at a point on creep the player sees: a queen walks there and spends 25 energy; a
     * burrowed tumor plants its one child within 10 cells at once.
     */
    record BuildCreepTumor(List<Long> units, Point2 point, boolean queued) implements Command {
        public BuildCreepTumor {
            units = List.copyOf(units);
            Objects.requireNonNull(point, "point");
        }
    }

    /**
     * A Barracks, Factory or Starport builds an add-on beside itself: {@code addOnType} is the generic
     * TechLab or Reactor type or the producer's own (BarracksTechLab, ...).
     */
    record BuildAddOn(List<Long> units, int addOnType, boolean queued) implements Command {
        public BuildAddOn {
            units = List.copyOf(units);
        }
    }

    record Research(List<Long> units, int upgradeId, boolean queued) implements Command {
        public Research {
            units = List.copyOf(units);
        }
    }

    /** Where units made by these producers go when finished. */
    record Rally(List<Long> units, Target target, boolean queued) implements Command {
        public Rally {
            units = List.copyOf(units);
            Objects.requireNonNull(target, "target");
        }
    }

    /** Cancel the last queued production, research or morph, or an unfinished structure (refunds 75%/100%). */
    record Cancel(List<Long> units, boolean queued) implements Command {
        public Cancel {
            units = List.copyOf(units);
        }
    }
}
