package io.wickedzerg.sim.data;

/** What a weapon can hit, numbered like {@code SC2APIProtocol.Data.Weapon.TargetType}. */
public enum WeaponTarget {
    GROUND(1), AIR(2), ANY(3);

    private final int protoValue;

    WeaponTarget(int protoValue) {
        this.protoValue = protoValue;
    }

    public int protoValue() {
        return protoValue;
    }

    public boolean hitsGround() {
        return this != AIR;
    }

    public boolean hitsAir() {
        return this != GROUND;
    }

    public static WeaponTarget fromProto(int value) {
        for (WeaponTarget target : values()) {
            if (target.protoValue == value) {
                return target;
            }
        }
        throw new IllegalArgumentException("unknown SC2 weapon target number " + value);
    }
}
