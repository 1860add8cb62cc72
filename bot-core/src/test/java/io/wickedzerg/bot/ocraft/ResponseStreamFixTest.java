package io.wickedzerg.bot.ocraft;

import static org.assertj.core.api.Assertions.assertThat;

import io.reactivex.Flowable;
import io.reactivex.flowables.ConnectableFlowable;
import io.reactivex.functions.Function;
import io.reactivex.observers.TestObserver;
import io.reactivex.plugins.RxJavaPlugins;
import io.reactivex.processors.PublishProcessor;
import io.reactivex.schedulers.Schedulers;
import io.reactivex.subscribers.TestSubscriber;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ocraft's request pattern on its response stream: a waiter subscribes for the next response, the request
 * goes out, the response comes back on another thread. The scripted pause puts the draining thread exactly
 * where the OS preempted it in the stalled games.
 */
class ResponseStreamFixTest {

    private Function<? super ConnectableFlowable, ? extends ConnectableFlowable> saved;
    private final ExecutorService drainThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "drain"));

    @BeforeEach
    void clearHook() {
        saved = RxJavaPlugins.getOnConnectableFlowableAssembly();
        RxJavaPlugins.setOnConnectableFlowableAssembly(null);
    }

    @AfterEach
    void restoreHook() {
        RxJavaPlugins.setOnConnectableFlowableAssembly(saved);
        drainThread.shutdownNow();
    }

    /** The script; returns the waiter of the second response. */
    private TestObserver<Integer> runScript(ScriptedFusedSource source, TestSubscriber<Integer> everything)
            throws Exception {
        Flowable<Integer> stream = source.publish().autoConnect();
        stream.subscribe(everything);
        TestObserver<Integer> first = stream.doOnCancel(source::pauseNextIsEmpty).filter(v -> v == 1).firstElement().test();
        // response 1 arrives; the draining thread hands it out, then (with publish()) stops in the armed pause
        Future<?> drain = drainThread.submit(() -> source.emit(1));
        while (!source.hasPaused() && !drain.isDone()) {
            source.awaitPaused(10);
        }
        first.awaitDone(5, TimeUnit.SECONDS).assertValue(1);
        // the game thread, woken by response 1, subscribes for response 2 and sends its request; the answer comes
        TestObserver<Integer> second = stream.filter(v -> v == 2).firstElement().test();
        source.emit(2);
        source.release();
        drain.get(10, TimeUnit.SECONDS);
        return second;
    }

    @Test
    void rxJavasPublishHandsAResponseToAStaleSnapshotWithoutTheWaiterThatAskedForIt() throws Exception {
        ScriptedFusedSource source = new ScriptedFusedSource();
        TestSubscriber<Integer> everything = new TestSubscriber<>();

        TestObserver<Integer> second = runScript(source, everything);

        assertThat(source.hasPaused()).as("the drain loop polled its fused queue after its snapshot").isTrue();
        everything.assertValues(1, 2);
        assertThat(second.values()).as("response 2 went out, to everyone but its waiter").isEmpty();
        assertThat(second.isTerminated()).isFalse();
    }

    @Test
    void withTheFixTheWaiterGetsItsResponse() throws Exception {
        ResponseStreamFix.install();
        ScriptedFusedSource source = new ScriptedFusedSource();
        TestSubscriber<Integer> everything = new TestSubscriber<>();

        TestObserver<Integer> second = runScript(source, everything);

        everything.assertValues(1, 2);
        second.awaitDone(5, TimeUnit.SECONDS).assertValue(2);
    }

    @Test
    void installingTwiceKeepsOneHookAndChainsTheOneBefore() throws Exception {
        AtomicBoolean earlierHookRan = new AtomicBoolean();
        RxJavaPlugins.setOnConnectableFlowableAssembly(cf -> {
            earlierHookRan.set(true);
            return cf;
        });

        ResponseStreamFix.install();
        ResponseStreamFix.install();
        ConnectableFlowable<Integer> published = Flowable.just(1).publish();

        assertThat(published).isInstanceOf(EmitTimeMulticast.class);
        assertThat(earlierHookRan).isTrue();
        assertThat(published.autoConnect().test().awaitDone(5, TimeUnit.SECONDS).values()).containsExactly(1);
    }

    /**
     * ocraft's chain as it builds it (buffer, observeOn a computation thread, publish), 20,000 request/response
     * rounds with a busy thread beside them: with the fix every waiter gets its response.
     */
    @Test
    void ocraftsChainWithTheFixAnswersEveryWaiterUnderContention() throws Exception {
        ResponseStreamFix.install();
        PublishProcessor<Integer> wire = PublishProcessor.create();
        Flowable<Integer> responses = wire.onBackpressureBuffer(8192)
                .observeOn(Schedulers.computation(), false, 8192).publish().autoConnect();
        responses.subscribe(new TestSubscriber<>());
        AtomicBoolean stop = new AtomicBoolean();
        Thread busy = new Thread(() -> {
            long x = 0;
            while (!stop.get()) {
                x += System.nanoTime() % 7;
            }
            if (x == 42) {
                System.out.print("");
            }
        }, "busy");
        busy.start();
        try {
            for (int i = 0; i < 20_000; i++) {
                int id = i;
                var waiter = responses.filter(v -> v == id).firstElement().timeout(5, TimeUnit.SECONDS).test();
                drainThread.execute(() -> wire.onNext(id));
                waiter.awaitDone(6, TimeUnit.SECONDS).assertValue(id);
            }
        } finally {
            stop.set(true);
            busy.join();
        }
    }
}
