package io.wickedzerg.bot.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ParentWatchTest {

    @Test
    void theEndOfStdinIsTheLaunchersEndAndBytesBeforeItAreNot() throws Exception {
        PipedOutputStream launcher = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(launcher);
        CountDownLatch gone = new CountDownLatch(1);

        Thread watch = ParentWatch.start(stdin, gone::countDown);
        launcher.write("stray bytes".getBytes());
        launcher.flush();
        assertThat(gone.getCount()).as("bytes are not an end").isEqualTo(1);
        launcher.close();

        assertThat(gone.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(watch.isDaemon()).isTrue();
    }
}
