package io.wickedzerg.bot.game;

import com.github.ocraft.s2client.protocol.score.CategoryScoreDetails;
import com.github.ocraft.s2client.protocol.score.Score;
import com.github.ocraft.s2client.protocol.score.ScoreDetails;
import io.wickedzerg.bot.model.TradeValues;
import SC2APIProtocol.ScoreOuterClass;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a game's score says about the fighting: the resources' worth of enemy units and structures killed and of
 * own units and structures lost, from the last observation's score details. The learner's fitness takes its
 * trade (killed / (killed + lost)) from these, so a loss that traded well ranks above one that did not.
 *
 * @param killedValue killed value of units plus structures; empty when the game reported no score
 * @param lostValue   minerals plus gas lost, over every category; empty when the game reported no score
 */
public record GameScore(OptionalDouble killedValue, OptionalDouble lostValue) {

    /** A game that ended before any score came (the connection was lost, or no game started). */
    public static final GameScore UNKNOWN = new GameScore(OptionalDouble.empty(), OptionalDouble.empty());

    public GameScore {
        if (killedValue == null || lostValue == null) {
            throw new IllegalArgumentException("killed and lost value must be given (empty when unknown)");
        }
    }

    public static GameScore of(double killedValue, double lostValue) {
        return new GameScore(OptionalDouble.of(killedValue), OptionalDouble.of(lostValue));
    }

    /** The score details of an observation's score; unknown when there are none. */
    public static GameScore from(Optional<Score> score) {
        if (score.isEmpty() || score.get().getDetails() == null) {
            return UNKNOWN;
        }
        ScoreDetails d = score.get().getDetails();
        double killed = (double) d.getKilledValueUnits() + d.getKilledValueStructures();
        return of(killed, sum(d.getLostMinerals()) + sum(d.getLostVespene()));
    }

    /** The same from the protocol's score, as a client without ocraft's objects reads it; unknown when it has none. */
    public static GameScore fromProto(ScoreOuterClass.Score score) {
        if (!score.hasScoreDetails()) {
            return UNKNOWN;
        }
        ScoreOuterClass.ScoreDetails d = score.getScoreDetails();
        double killed = (double) d.getKilledValueUnits() + d.getKilledValueStructures();
        return of(killed, sum(d.getLostMinerals()) + sum(d.getLostVespene()));
    }

    private static double sum(ScoreOuterClass.CategoryScoreDetails c) {
        return (double) c.getNone() + c.getArmy() + c.getEconomy() + c.getTechnology() + c.getUpgrade();
    }

    /** Killed and lost as the learner's trade; empty when unknown or not a pair of numbers >= 0. */
    public Optional<TradeValues> trade() {
        if (killedValue.isEmpty() || lostValue.isEmpty()) {
            return Optional.empty();
        }
        double killed = killedValue.getAsDouble();
        double lost = lostValue.getAsDouble();
        return killed >= 0 && lost >= 0 ? Optional.of(new TradeValues(killed, lost)) : Optional.empty();
    }

    private static double sum(CategoryScoreDetails c) {
        if (c == null) {
            return 0;
        }
        return (double) c.getNone() + c.getArmy() + c.getEconomy() + c.getTechnology() + c.getUpgrade();
    }
}
