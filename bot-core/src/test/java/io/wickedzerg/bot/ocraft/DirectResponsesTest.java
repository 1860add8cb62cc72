package io.wickedzerg.bot.ocraft;

import static org.assertj.core.api.Assertions.assertThat;

import io.reactivex.Flowable;
import io.reactivex.functions.Function;
import io.reactivex.plugins.RxJavaPlugins;
import io.reactivex.processors.PublishProcessor;
import io.reactivex.schedulers.Schedulers;
import io.reactivex.subscribers.TestSubscriber;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ocraft's response stream in miniature: items pushed on one thread, then {@code observeOn(computation)}. */
class DirectResponsesTest {

    @RegisterExtension
    final FlowableAssemblyHookIsolation hook = new FlowableAssemblyHookIsolation();

    /** Pushes three items from a thread named "event-loop" through the pipeline; returns the threads that got them. */
    private List<String> receivingThreads() throws Exception {
        PublishProcessor<Integer> source = PublishProcessor.create();
        List<String> received = new CopyOnWriteArrayList<>();
        TestSubscriber<Integer> subscriber = source.onBackpressureBuffer(16)
                .observeOn(Schedulers.computation(), false, 16)
                .doOnNext(v -> received.add(Thread.currentThread().getName()))
                .test();
        Thread emitter = new Thread(() -> {
            source.onNext(1);
            source.onNext(2);
            source.onNext(3);
            source.onComplete();
        }, "event-loop");
        emitter.start();
        emitter.join();
        subscriber.awaitDone(5, TimeUnit.SECONDS).assertValues(1, 2, 3).assertComplete();
        return received;
    }

    @Test
    void withoutTheHookEachItemChangesThread() throws Exception {
        List<String> received = receivingThreads();

        assertThat(received).hasSize(3).allSatisfy(name -> assertThat(name).startsWith("RxComputation"));
    }

    @Test
    void withTheHookEachItemArrivesOnTheThreadThatPushedIt() throws Exception {
        DirectResponses.install();
        List<String> received = receivingThreads();

        assertThat(DirectResponses.installed()).isTrue();
        assertThat(received).containsExactly("event-loop", "event-loop", "event-loop");
    }

    @Test
    void installingTwiceKeepsOneHookAndAHookAlreadyThereStillRuns() throws Exception {
        List<Flowable<?>> seenByEarlierHook = new CopyOnWriteArrayList<>();
        RxJavaPlugins.setOnFlowableAssembly(f -> {
            seenByEarlierHook.add(f);
            return f;
        });

        DirectResponses.install();
        @SuppressWarnings("rawtypes")
        Function<? super Flowable, ? extends Flowable> once = RxJavaPlugins.getOnFlowableAssembly();
        DirectResponses.install();
        Flowable.just(1).observeOn(Schedulers.computation()).test().awaitDone(5, TimeUnit.SECONDS).assertValue(1);

        assertThat(RxJavaPlugins.getOnFlowableAssembly()).isSameAs(once);
        assertThat(seenByEarlierHook).isNotEmpty()
                .noneMatch(f -> f instanceof io.reactivex.internal.operators.flowable.FlowableObserveOn);
    }
}
