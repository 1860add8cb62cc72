package io.wickedzerg.bot.ocraft;

import static org.assertj.core.api.Assertions.assertThat;

import io.reactivex.Flowable;
import io.reactivex.plugins.RxJavaPlugins;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConnectionStartsTest {

    @RegisterExtension
    final FlowableAssemblyHookIsolation hook = new FlowableAssemblyHookIsolation();

    @Test
    void theFirstFlowableAssembledSignalsAndPassesThroughUnchanged() throws Exception {
        ConnectionStarts starts = ConnectionStarts.install();
        assertThat(starts.started()).isFalse();

        List<Integer> seen = new ArrayList<>();
        Flowable.just(1, 2).map(i -> i * 10).subscribe(seen::add);

        assertThat(starts.started()).isTrue();
        starts.await();
        assertThat(seen).containsExactly(10, 20);
    }

    @Test
    void aHookAlreadyThereStillRuns() {
        List<String> earlier = new ArrayList<>();
        RxJavaPlugins.setOnFlowableAssembly(f -> {
            earlier.add(f.getClass().getSimpleName());
            return f;
        });
        ConnectionStarts starts = ConnectionStarts.install();

        Flowable.just(1).map(i -> i);

        assertThat(starts.started()).isTrue();
        assertThat(earlier).isNotEmpty();
    }

    @Test
    void releaseLetsWaitersGoWithoutAConnection() throws Exception {
        ConnectionStarts starts = ConnectionStarts.install();

        starts.release();

        starts.await();
        assertThat(starts.started()).isTrue();
    }
}
