package io.wickedzerg.bot.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wickedzerg.bot.strategy.StrategyException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class RuntimeBuildTest {

    @Test
    void theBuildStartsOnlyOnceItsGateOpensAndItsFailureComesOutAsThrown() {
        CountDownLatch connecting = new CountDownLatch(1);
        AtomicBoolean gatePassed = new AtomicBoolean();
        AtomicBoolean builtAfterGate = new AtomicBoolean();

        RuntimeBuild build = RuntimeBuild.start(() -> {
            connecting.await();
            gatePassed.set(true);
        }, () -> {
            builtAfterGate.set(gatePassed.get());
            throw new StrategyException("bad strategy file: x.json");
        }, runtime -> {
            throw new AssertionError("no session without a runtime");
        });
        connecting.countDown();

        assertThatThrownBy(build::await).isInstanceOf(StrategyException.class).hasMessage("bad strategy file: x.json");
        assertThat(builtAfterGate).isTrue();
    }

    @Test
    void theSessionIsNotHandedOutBeforeTheBuildWasAwaited() {
        CountDownLatch never = new CountDownLatch(1);
        RuntimeBuild build = RuntimeBuild.start(never::await, () -> null, runtime -> null);

        assertThatThrownBy(build::session).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("before the build was awaited");
        never.countDown();
    }

    @Test
    void anAbandonedBuildThatHadNotPassedItsGateBuildsNothing() {
        CountDownLatch connecting = new CountDownLatch(1);
        AtomicBoolean built = new AtomicBoolean();
        RuntimeBuild build = RuntimeBuild.start(connecting::await, () -> {
            built.set(true);
            return null;
        }, runtime -> null);

        build.abandon();
        connecting.countDown();
        build.closeWhenBuilt();

        assertThat(built).as("no runtime is built for a game that could not be joined").isFalse();
        assertThatThrownBy(build::await).hasMessage("the runtime's build was abandoned");
    }
}
