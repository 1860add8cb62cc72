package io.wickedzerg.bot.ocraft;

import io.reactivex.flowables.ConnectableFlowable;
import io.reactivex.functions.Function;
import io.reactivex.internal.fuseable.HasUpstreamPublisher;
import io.reactivex.internal.operators.flowable.FlowablePublish;
import io.reactivex.plugins.RxJavaPlugins;

/**
 * The cause of the "60-second stall" (a game hanging on an observation the server had answered): ocraft
 * 0.4.21 multicasts every response through RxJava's {@code publish()} and, for each request, subscribes a
 * waiter first and sends the request second. {@code publish()}'s drain loop takes a snapshot of its
 * subscribers and only then polls its queue; when the thread draining it (an Rx computation thread) is
 * preempted between the two, the response to a request sent meanwhile is polled and handed to the stale
 * snapshot, which does not hold the waiter subscribed for it. The response is dropped, the waiter times out,
 * ocraft ends the game. Rare on an idle machine; a busy one (two games, a build) stretches the window.
 * Newer RxJava 2.x keeps the same loop ({@code ResponseStreamFixTest} shows the loss deterministically).
 *
 * <p>The fix, without touching ocraft: RxJava's own assembly hook swaps every {@code publish()} for an
 * {@link EmitTimeMulticast}, which reads its subscribers when each item is emitted. The hook is process-wide
 * state of RxJava's (its plugin registry), so installing is idempotent and keeps any hook already there; in
 * our processes ocraft is RxJava's only user.
 */
public final class ResponseStreamFix {

    private ResponseStreamFix() {
    }

    /** Installs the replacement unless it is there already; call before ocraft connects to a game. */
    public static synchronized void install() {
        Function<? super ConnectableFlowable, ? extends ConnectableFlowable> current =
                RxJavaPlugins.getOnConnectableFlowableAssembly();
        if (current instanceof ReplacePublish) {
            return;
        }
        RxJavaPlugins.setOnConnectableFlowableAssembly(new ReplacePublish(current));
    }

    public static boolean installed() {
        return RxJavaPlugins.getOnConnectableFlowableAssembly() instanceof ReplacePublish;
    }

    /** The assembly hook: a {@code publish()} becomes an {@link EmitTimeMulticast} over the same upstream. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private record ReplacePublish(Function<? super ConnectableFlowable, ? extends ConnectableFlowable> next)
            implements Function<ConnectableFlowable, ConnectableFlowable> {

        @Override
        public ConnectableFlowable apply(ConnectableFlowable assembled) throws Exception {
            ConnectableFlowable replaced = assembled instanceof FlowablePublish
                    ? new EmitTimeMulticast<>(((HasUpstreamPublisher) assembled).source())
                    : assembled;
            return next == null ? replaced : next.apply(replaced);
        }
    }
}
