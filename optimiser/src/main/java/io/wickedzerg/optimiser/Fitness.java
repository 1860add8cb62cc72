package io.wickedzerg.optimiser;

/**
 * The score of one game, always in [0, 2]:
 * <pre>
 *   victory               1 + 0.8 * speed(t) + 0.2 * trade      in (1, 2]
 *   tie                   0.8                + 0.2 * trade      in [0.8, 1]
 *   defeat, undecided         0.8 * endurance(t) + 0.2 * trade  in [0, 1)
 *
 *   speed(t)     = 1 / (1 + t / 600)    1 at the start, 1/2 after 10 game minutes, towards 0 later
 *   endurance(t) = 1 - speed(t)
 *   trade        = killed / (killed + lost); 1/2 when either is unknown or both are 0
 * </pre>
 * Every victory scores above every tie and defeat, so winning leads. The game-time part keeps ordering
 * candidates when all of them win (a sooner win is better) or all lose (a loss that lasted longer is
 * better), and the trade breaks ties between games of the same result and length. No fixed game length
 * caps the time terms, so two long games still differ. A tie counts as about the longest possible loss.
 * An undecided game (the connection ended it) counts as a defeat at its time: it won nothing, and a
 * candidate whose games hang must not look good nor stall its generation by never getting scored.
 */
public final class Fitness {

    public static final double MIN = 0.0;
    public static final double MAX = 2.0;

    /** Game seconds at which a win's speed bonus (and a loss's endurance credit) is half of its full size. */
    static final double TIME_SCALE_SECONDS = 600.0;
    static final double TIME_WEIGHT = 0.8;
    static final double TRADE_WEIGHT = 0.2;

    private Fitness() {
    }

    public static double of(Outcome outcome) {
        double speed = 1.0 / (1.0 + outcome.gameSeconds() / TIME_SCALE_SECONDS);
        double trade = TRADE_WEIGHT * trade(outcome);
        return switch (outcome.result()) {
            case VICTORY -> 1.0 + TIME_WEIGHT * speed + trade;
            case TIE -> TIME_WEIGHT + trade;
            case DEFEAT, UNDECIDED -> TIME_WEIGHT * (1.0 - speed) + trade;
        };
    }

    static double trade(Outcome outcome) {
        if (outcome.killedValue() == null || outcome.lostValue() == null) {
            return 0.5;
        }
        double total = outcome.killedValue() + outcome.lostValue();
        return total == 0 ? 0.5 : outcome.killedValue() / total;
    }
}
