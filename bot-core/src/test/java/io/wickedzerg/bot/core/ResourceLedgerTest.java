package io.wickedzerg.bot.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.ocraft.s2client.protocol.data.Abilities;
import io.wickedzerg.bot.model.Cost;
import io.wickedzerg.bot.model.OrderView;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ResourceLedgerTest {

    @Test
    void reservesOnlyWhatIsThereAndNeverTwice() {
        ResourceLedger ledger = ResourceLedger.of(150, 25, 4);

        assertThat(ledger.tryReserve(new Cost(100, 25, 2))).isTrue();
        assertThat(ledger.tryReserve(new Cost(100, 0, 0))).as("only 50 left").isFalse();
        assertThat(ledger.minerals()).isEqualTo(50);
        assertThat(ledger.tryReserve(new Cost(50, 0, 4))).as("supply is short").isFalse();
        assertThat(ledger.tryReserve(new Cost(50, 0, 2))).isTrue();
        assertThat(ledger.minerals()).isZero();
    }

    @Test
    void moneyForADroneWalkingToBuildIsAlreadySpoken() {
        StepSnapshot s = Fixtures.opening().bank(350, 0)
                .add(Fixtures.drone(150, 0, 0).order(OrderView.at(Abilities.BUILD_HATCHERY, new Point2(30, 60))).build())
                .build(Fixtures.TECH);

        ResourceLedger ledger = ResourceLedger.forStep(s, Fixtures.TECH);

        assertThat(ledger.minerals()).isEqualTo(50);
    }

    @Test
    void holdKeepsMoneyForLaterEvenBelowZero() {
        ResourceLedger ledger = ResourceLedger.of(50, 0, 10);
        ledger.hold(new Cost(100, 0, 0));

        assertThat(ledger.minerals()).isEqualTo(-50);
        assertThat(ledger.canAfford(new Cost(50, 0, 1))).isFalse();
    }
}
