package io.wickedzerg.app.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelGamesTest {

    @Test
    void twoAtATimeEveryGameIsHandedOverOnceAndNeverTwoHandOversAtOnce() throws Exception {
        List<Integer> games = IntStream.range(0, 20).boxed().toList();
        AtomicInteger playing = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger handing = new AtomicInteger();
        List<Integer> finished = new ArrayList<>();

        new ParallelGames(2).<Integer, Integer>run(games, g -> {
            mostAtOnce.accumulateAndGet(playing.incrementAndGet(), Math::max);
            playing.decrementAndGet();
            return g * 10;
        }, (g, r) -> {
            assertThat(handing.incrementAndGet()).as("hand-overs are serialised").isEqualTo(1);
            finished.add(r);
            handing.decrementAndGet();
        });

        assertThat(finished).containsExactlyInAnyOrderElementsOf(games.stream().map(g -> g * 10).toList());
        assertThat(mostAtOnce.get()).isLessThanOrEqualTo(2);
    }

    @Test
    void bothWorkersPlayAtTheSameTime() throws Exception {
        // each of the first two games waits until the other has started: only two workers at once get past it
        CountDownLatch bothStarted = new CountDownLatch(2);
        List<String> finished = new ArrayList<>();

        new ParallelGames(2).<String, String>run(List.of("a", "b"), g -> {
            bothStarted.countDown();
            assertThat(bothStarted.await(30, TimeUnit.SECONDS)).as("the other game started alongside").isTrue();
            return g;
        }, (g, r) -> finished.add(r));

        assertThat(finished).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aFailedGameStopsTheRunAndNoMoreGamesStart() {
        AtomicInteger started = new AtomicInteger();

        assertThatThrownBy(() -> new ParallelGames(1).<Integer, Integer>run(List.of(1, 2, 3, 4), g -> {
            started.incrementAndGet();
            if (g == 2) {
                throw new IOException("disk full");
            }
            return g;
        }, (g, r) -> { })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(started.get()).isEqualTo(2);
    }
}
