package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.map.Terrain;


/**
 * Where creep lies. Hatcheries spread it to a radius of 12 and creep tumors to 10 once finished; it stays
 * (the real game's slow spread and recession are not modelled).
 */
final class CreepMap {
    static final int TOWNHALL_RADIUS = 12;
    static final int TUMOR_RADIUS = 10;

    private final Terrain terrain;
    private final byte[] bits;
    private long version;

    CreepMap(Terrain terrain) {
        this.terrain = terrain;
        this.bits = new byte[(terrain.width() * terrain.height() + 7) / 8];
    }

    boolean has(int x, int y) {
        if (!terrain.inside(x, y)) {
            return false;
        }
        int i = y * terrain.width() + x;
        return (bits[i >> 3] & (0x80 >>> (i & 7))) != 0;
    }

    void addSource(SimUnit unit) {
        int type = unit.facts.id();
        int radius;
        if (TypeGroups.isZergTownhall(type)) {
            radius = TOWNHALL_RADIUS;
        } else if (CreepTumors.isTumor(type)) {
            radius = TUMOR_RADIUS;
        } else {
            return;
        }
        int cx = (int) Math.floor(unit.x);
        int cy = (int) Math.floor(unit.y);
        for (int y = cy - radius; y <= cy + radius; y++) {
            for (int x = cx - radius; x <= cx + radius; x++) {
                int dx = x - cx;
                int dy = y - cy;
                if (dx * dx + dy * dy <= radius * radius && (terrain.isPathable(x, y) || terrain.isPlaceable(x, y))) {
                    int i = y * terrain.width() + x;
                    bits[i >> 3] |= (byte) (0x80 >>> (i & 7));
                }
            }
        }
        version++;
    }

    /** The live grid as SC2 ImageData bytes (1 bit a cell, bottom row first); never change it. */
    byte[] bits() {
        return bits;
    }

    long version() {
        return version;
    }
}
