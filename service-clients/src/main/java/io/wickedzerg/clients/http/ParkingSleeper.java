package io.wickedzerg.clients.http;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Real waiting that {@link #wakeUp()} ends for good: used once a client starts closing. */
final class ParkingSleeper implements Sleeper {

    private final CountDownLatch awake = new CountDownLatch(1);

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        awake.await(duration.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void wakeUp() {
        awake.countDown();
    }
}
