package io.wickedzerg.app;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers for people: 0.89, not 0.8899999999999999. */
final class Rounding {

    private Rounding() {
    }

    static double tenths(double value) {
        return to(value, 1);
    }

    static double hundredths(double value) {
        return to(value, 2);
    }

    static double thousandths(double value) {
        return to(value, 3);
    }

    private static double to(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return value;
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
