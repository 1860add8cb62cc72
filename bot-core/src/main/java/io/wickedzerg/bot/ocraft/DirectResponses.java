package io.wickedzerg.bot.ocraft;

import io.reactivex.Flowable;
import io.reactivex.functions.Function;
import io.reactivex.internal.operators.flowable.FlowableObserveOn;
import io.reactivex.plugins.RxJavaPlugins;

/**
 * Hands each of ocraft's responses to the request waiting for it on the thread that parsed it, instead of through
 * an RxJava computation thread first.
 *
 * <p>Why: ocraft 0.4.21 parses every response on its Vert.x event loop and then moves it with
 * {@code observeOn(Schedulers.computation())} to another thread, which only wakes the bot's thread blocked on
 * that response. That is one more thread hand-off per request, three or more per game loop, on the game's
 * critical path. Without it whole games ran 6-10 % more loops a second (the second and third game of
 * {@code play --games 3 --difficulty medium}, old and new jar alternating, 4 runs each; README, benchmarks). What
 * runs on the event loop instead is light: the waiters' filters, ocraft's no-op {@code onNext} and the
 * {@link EmitTimeMulticast} of {@link ResponseStreamFix}. The waiters' timeouts keep their own scheduler.
 *
 * <p>Like {@link ResponseStreamFix} this is RxJava's process-wide assembly hook: every {@code observeOn} of a
 * {@link Flowable} assembled after {@link #install()} is dropped, and in our processes ocraft's response stream is
 * the only one. {@code -D}{@value #OFF}{@code =false} leaves it out, to measure the difference.
 */
public final class DirectResponses {

    /** The system property that turns this off ({@code false}). */
    public static final String OFF = "wz.directResponses";

    private DirectResponses() {
    }

    /** Installs the hook unless it is there already or turned off; call before ocraft connects to a game. */
    public static synchronized void install() {
        if ("false".equals(System.getProperty(OFF)) || installed()) {
            return;
        }
        RxJavaPlugins.setOnFlowableAssembly(new SkipObserveOn(RxJavaPlugins.getOnFlowableAssembly()));
    }

    public static boolean installed() {
        return RxJavaPlugins.getOnFlowableAssembly() instanceof SkipObserveOn;
    }

    /** The assembly hook: an {@code observeOn} becomes its upstream; any hook already there runs after it. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private record SkipObserveOn(Function<? super Flowable, ? extends Flowable> next)
            implements Function<Flowable, Flowable> {

        @Override
        public Flowable apply(Flowable assembled) throws Exception {
            Flowable replaced = assembled instanceof FlowableObserveOn observeOn
                    && observeOn.source() instanceof Flowable upstream ? upstream : assembled;
            return next == null ? replaced : next.apply(replaced);
        }
    }
}
