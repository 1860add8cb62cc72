package io.wickedzerg.bot.ocraft;

import io.reactivex.Flowable;
import io.reactivex.disposables.Disposable;
import io.reactivex.flowables.ConnectableFlowable;
import io.reactivex.functions.Consumer;
import io.reactivex.processors.PublishProcessor;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;

/**
 * A hot multicast that hands each item to the subscribers present when that item is emitted, so a subscriber
 * added before an item was produced always receives it. RxJava's {@code publish()} does not guarantee that
 * (see {@link ResponseStreamFix}); a {@link PublishProcessor} reads its subscribers on every {@code onNext}.
 * Every subscriber must request without bound, as ocraft's response waiters do: one without demand when an
 * item comes is failed by the processor rather than buffered.
 */
final class EmitTimeMulticast<T> extends ConnectableFlowable<T> {
    private final Publisher<T> source;
    private final PublishProcessor<T> processor = PublishProcessor.create();
    private Disposable connection;

    EmitTimeMulticast(Publisher<T> source) {
        this.source = source;
    }

    /** Subscribes to the source once (later calls share that connection) and hands the connection over. */
    @Override
    public synchronized void connect(Consumer<? super Disposable> onConnect) {
        if (connection == null) {
            connection = Flowable.fromPublisher(source)
                    .subscribe(processor::onNext, processor::onError, processor::onComplete);
        }
        try {
            onConnect.accept(connection);
        } catch (Exception e) {
            throw new IllegalStateException("connection callback failed", e);
        }
    }

    @Override
    protected void subscribeActual(Subscriber<? super T> subscriber) {
        processor.subscribe(subscriber);
    }
}
