package io.wickedzerg.sim.data;

/** A race as the SC2 API numbers it ({@code SC2APIProtocol.Common.Race}); neutral units report NoRace. */
public enum Race {
    NO_RACE(0), TERRAN(1), ZERG(2), PROTOSS(3), RANDOM(4);

    private final int protoValue;

    Race(int protoValue) {
        this.protoValue = protoValue;
    }

    public int protoValue() {
        return protoValue;
    }

    public static Race fromProto(int value) {
        for (Race race : values()) {
            if (race.protoValue == value) {
                return race;
            }
        }
        throw new IllegalArgumentException("unknown SC2 race number " + value);
    }
}
