package io.wickedzerg.bot.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConnectWarmUpTest {

    private final ConnectWarmUp warmUp = new ConnectWarmUp(ConnectWarmUp.class.getClassLoader());

    @Test
    void everyListedClassIsStillOnTheClassPath() {
        List<String> names = warmUp.classNames();
        assertThat(names).hasSizeGreaterThan(1000)
                .contains("com.github.ocraft.s2client.api.vertx.VertxChannel", "io.netty.channel.nio.NioEventLoop",
                        "SC2APIProtocol.Sc2Api$ResponseObservation");
        List<String> gone = names.stream().filter(name -> warmUp.load(List.of(name)) == 0).toList();
        assertThat(gone).as("classes no longer on the class path after a dependency changed: regenerate "
                + ConnectWarmUp.LIST + " with bench/profile/ladder_warm_up_list.py (README, Benchmarks)").isEmpty();
    }

    @Test
    void aNameThatIsGoneIsSkippedAndTheRestAreLoaded() {
        assertThat(warmUp.load(List.of("io.netty.util.Recycler", "no.such.Clazz", "io.vertx.core.Vertx")))
                .isEqualTo(2);
    }

    @Test
    void theThreadIsADaemonThatFinishes() throws InterruptedException {
        Thread thread = warmUp.start();
        assertThat(thread.isDaemon()).isTrue();
        thread.join(TimeUnit.SECONDS.toMillis(60));
        assertThat(thread.isAlive()).isFalse();
    }
}
