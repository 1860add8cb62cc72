package io.wickedzerg.sim.data;

/** Unit attributes with the numbers of {@code SC2APIProtocol.Data.Attribute}; damage bonuses key on them. */
public enum Attribute {
    LIGHT(1), ARMORED(2), BIOLOGICAL(3), MECHANICAL(4), ROBOTIC(5), PSIONIC(6),
    MASSIVE(7), STRUCTURE(8), HOVER(9), HEROIC(10), SUMMONED(11);

    private final int protoValue;

    Attribute(int protoValue) {
        this.protoValue = protoValue;
    }

    public int protoValue() {
        return protoValue;
    }

    public static Attribute fromProto(int value) {
        for (Attribute attribute : values()) {
            if (attribute.protoValue == value) {
                return attribute;
            }
        }
        throw new IllegalArgumentException("unknown SC2 attribute number " + value);
    }
}
