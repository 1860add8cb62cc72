package io.wickedzerg.sim.data;

/** Minerals and vespene. */
public record Cost(int minerals, int vespene) {
    public static final Cost FREE = new Cost(0, 0);

    public Cost {
        if (minerals < 0 || vespene < 0) {
            throw new IllegalArgumentException("negative cost: " + minerals + "/" + vespene);
        }
    }

    public Cost minus(Cost other) {
        return new Cost(minerals - other.minerals, vespene - other.vespene);
    }
}
