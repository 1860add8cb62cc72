package io.wickedzerg.sim.engine;

/**
 * How a harvesting worker moves along one leg (field to townhall or back): it starts from a stop, speeds up
 * at {@link #ACCELERATION} to its top speed and slows down at the same rate to stop at the resource or drop-off,
 * as SC2 movers do (that slow-down is what "speed mining" micro avoids). Most combat units accelerate almost
 * instantly, so only workers' mining legs model it: there it decides the mining rate.
 *
 * <p>Acceleration: 2.5 cells per normal-speed second squared, the workers' value in the game's unit data
 * ("SCVs ... have the lowest acceleration", legionbot.blogspot.com 2014, "Variations in SCV harvesting rate").
 * With it one worker on a near field returns about 0.68 minerals per normal-speed second, the rate measured at
 * the standard mineral distance (tl.net topic 97792, "0.68 m/t ... about 45% of the maximal mining rate").
 */
final class WorkerMotion {
    /** Cells per loop per loop: 2.5 cells/s^2 at 16 loops per normal-speed second. */
    static final double ACCELERATION = 2.5 / (16.0 * 16.0);

    private WorkerMotion() {
    }

    /**
     * Distance to move this loop, given the speed of the last loop, the distance left to the stop and the top
     * speed (all in cells and loops). Speeds up unless it must brake to stop in time.
     */
    static double nextStep(double speed, double remaining, double topSpeed) {
        double faster = Math.min(topSpeed, speed + ACCELERATION);
        // braking distance from the speed after this loop: v + (v - a) + ... ~ v^2 / (2a)
        double brakingAfter = faster * faster / (2 * ACCELERATION);
        double step;
        if (remaining - faster >= brakingAfter) {
            step = faster;
        } else {
            step = Math.max(ACCELERATION, Math.min(speed, Math.sqrt(2 * ACCELERATION * remaining)));
        }
        return Math.min(step, remaining);
    }
}
