package io.wickedzerg.bot.ocraft;

import static org.assertj.core.api.Assertions.assertThat;

import io.reactivex.Flowable;
import io.reactivex.functions.Function;
import io.reactivex.plugins.RxJavaPlugins;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectionStartsTest {

    @SuppressWarnings("rawtypes")
    private Function<? super Flowable, ? extends Flowable> saved;

    @BeforeEach
    void clearHook() {
        saved = RxJavaPlugins.getOnFlowableAssembly();
        RxJavaPlugins.setOnFlowableAssembly(null);
    }

    @AfterEach
    void restoreHook() {
        RxJavaPlugins.setOnFlowableAssembly(saved);
    }

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
