package io.wickedzerg.bot.ocraft;

import io.reactivex.Flowable;
import io.reactivex.functions.Function;
import io.reactivex.plugins.RxJavaPlugins;
import java.util.concurrent.CountDownLatch;

/**
 * Tells when ocraft starts opening its websocket to the game. ocraft has no callback for that, but its
 * {@code S2Client} assembles its response stream (a {@link Flowable}, which RxJava's assembly hook sees) in its
 * constructor, after creating Vert.x and right before it starts the connection, and nothing assembles a
 * {@code Flowable} before it in the bot's process.
 *
 * <p>Why: ocraft then checks the connection at once and again a second later ({@code S2Client.untilReady}), so
 * the connection's start is the moment after which work no longer delays the game's start. The ladder bot builds
 * its runtime from then on instead of beside ocraft's own start-up, which on one CPU it would slow down. Like
 * {@link DirectResponses} this is RxJava's process-wide hook; each instance adds one pass-through link to it.
 */
public final class ConnectionStarts {

    private final CountDownLatch started = new CountDownLatch(1);

    private ConnectionStarts() {
    }

    /** Installs a new signal; call before ocraft connects, and before {@link DirectResponses#install()}. */
    public static synchronized ConnectionStarts install() {
        ConnectionStarts starts = new ConnectionStarts();
        RxJavaPlugins.setOnFlowableAssembly(new Signal(RxJavaPlugins.getOnFlowableAssembly(), starts.started));
        return starts;
    }

    /** Waits until ocraft has started to connect, or {@link #release()} was called. */
    public void await() throws InterruptedException {
        started.await();
    }

    /** Lets waiters go without a connection's start: connecting returned or failed. */
    public void release() {
        started.countDown();
    }

    public boolean started() {
        return started.getCount() == 0;
    }

    /** The assembly hook: counts the latch down on any assembly and passes the flowable on unchanged. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private record Signal(Function<? super Flowable, ? extends Flowable> next, CountDownLatch started)
            implements Function<Flowable, Flowable> {

        @Override
        public Flowable apply(Flowable assembled) throws Exception {
            started.countDown();
            return next == null ? assembled : next.apply(assembled);
        }
    }
}
