package io.wickedzerg.clients.registry;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A registry for MockWebServer that keeps which names are registered, in the order it finishes
 * requests, and can hold one registration (a heartbeat) in flight until the test releases it.
 */
final class HeldHeartbeatRegistry extends Dispatcher {

    private final Map<String, Boolean> registered = new ConcurrentHashMap<>();
    private final List<String> finished = new CopyOnWriteArrayList<>();
    private final AtomicBoolean holdNext = new AtomicBoolean();
    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch heldDone = new CountDownLatch(1);

    /** The next POST waits in the server until {@link #release()}. */
    void holdNextPost() {
        holdNext.set(true);
    }

    boolean isHolding() {
        return holding.getCount() == 0 && release.getCount() > 0;
    }

    void release() {
        release.countDown();
    }

    /** The held registration has been applied (after its release). */
    boolean heldPostApplied() {
        return heldDone.getCount() == 0;
    }

    boolean isRegistered(String name) {
        return registered.getOrDefault(name, false);
    }

    /** "POST name" / "DELETE name", in the order the registry applied them. */
    List<String> finished() {
        return List.copyOf(finished);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        String path = request.getRequestUrl().encodedPath();
        if (request.getMethod().equals("POST")) {
            boolean held = holdNext.compareAndSet(true, false);
            if (held) {
                holding.countDown();
                if (!release.await(30, TimeUnit.SECONDS)) {
                    return new MockResponse().setResponseCode(500);
                }
            }
            String name = request.getBody().readUtf8().replaceAll(".*\"name\":\"([^\"]+)\".*", "$1");
            registered.put(name, true);
            finished.add("POST " + name);
            if (held) {
                heldDone.countDown();
            }
            return new MockResponse().setResponseCode(200);
        }
        if (request.getMethod().equals("DELETE")) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            registered.put(name, false);
            finished.add("DELETE " + name);
            return new MockResponse().setResponseCode(204);
        }
        return new MockResponse().setResponseCode(404);
    }
}
