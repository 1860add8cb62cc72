package io.wickedzerg.bot.ocraft;

import io.reactivex.Flowable;
import io.reactivex.internal.fuseable.QueueSubscription;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.reactivestreams.Subscriber;

/**
 * A response source under the test's control. A multicast may fuse with it and poll its queue directly, as
 * ocraft's {@code observeOn} is fused into {@code publish()}; one pause can be armed: the next
 * {@code isEmpty()} blocks until released, standing for a draining thread the OS preempted right there.
 */
final class ScriptedFusedSource extends Flowable<Integer> {
    private final ConcurrentLinkedQueue<Integer> items = new ConcurrentLinkedQueue<>();
    private final CountDownLatch paused = new CountDownLatch(1);
    private final CountDownLatch resume = new CountDownLatch(1);
    private volatile boolean armed;
    private volatile boolean fused;
    private volatile Subscriber<? super Integer> downstream;

    @Override
    protected void subscribeActual(Subscriber<? super Integer> subscriber) {
        downstream = subscriber;
        subscriber.onSubscribe(new Queue());
    }

    /** Hands one response to the consumer: queued and signalled when fused, else delivered. */
    void emit(int value) {
        if (fused) {
            items.offer(value);
            downstream.onNext(null);
        } else {
            downstream.onNext(value);
        }
    }

    void pauseNextIsEmpty() {
        armed = true;
    }

    boolean awaitPaused(long millis) throws InterruptedException {
        return paused.await(millis, TimeUnit.MILLISECONDS);
    }

    boolean hasPaused() {
        return paused.getCount() == 0;
    }

    void release() {
        resume.countDown();
    }

    private final class Queue implements QueueSubscription<Integer> {
        @Override
        public int requestFusion(int mode) {
            fused = (mode & ASYNC) != 0;
            return fused ? ASYNC : NONE;
        }

        @Override
        public Integer poll() {
            return items.poll();
        }

        @Override
        public boolean isEmpty() {
            if (armed) {
                armed = false;
                paused.countDown();
                try {
                    resume.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return items.isEmpty();
        }

        @Override
        public void clear() {
            items.clear();
        }

        @Override
        public boolean offer(Integer value) {
            throw new UnsupportedOperationException("not a producer queue");
        }

        @Override
        public boolean offer(Integer v1, Integer v2) {
            throw new UnsupportedOperationException("not a producer queue");
        }

        @Override
        public void request(long n) {
            // responses come when the test emits them
        }

        @Override
        public void cancel() {
            // the multicast never cancels its upstream here
        }
    }
}
