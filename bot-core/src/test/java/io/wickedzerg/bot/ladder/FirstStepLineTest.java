package io.wickedzerg.bot.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FirstStepLineTest {

    @Test
    void onlyTheFirstStepIsReportedWithTheUptimeThen() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong uptime = new AtomicLong(1234);
        FirstStepLine line = new FirstStepLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), uptime::get);

        line.at(2);
        uptime.set(9999);
        line.at(4);
        line.at(6);

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("first step at game loop 2, 1234 ms after the JVM started");
    }
}
