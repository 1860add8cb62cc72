package io.wickedzerg.sim.server;

import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.client.RawSc2Client;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static io.wickedzerg.sim.server.ProtocolRequests.joinGameVsComputer;
import static io.wickedzerg.sim.server.ProtocolRequests.loopNow;
import static io.wickedzerg.sim.server.ProtocolRequests.observationAt;
import static io.wickedzerg.sim.server.ProtocolRequests.ping;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code RequestObservation.game_loop}: in a realtime game the answer waits until the game reaches that loop, as
 * python-sc2's realtime loop expects; in a step game it comes at once. The server's clock is a fake that only the
 * test moves, so a held answer cannot come early.
 */
class RealtimeObservationTest {
    /** How long a held answer must stay away: a server that did not hold would answer well within it. */
    private static final Duration NOT_YET = Duration.ofMillis(300);
    private static final long START = TimeUnit.HOURS.toNanos(5);

    /** The clock reading at which a game started at {@link #START} reaches {@code loop}. */
    private static long atLoop(long loop) {
        return START + (long) Math.ceil(loop / 22.4 * 1e9);
    }

    @Test
    void aRealtimeObservationForALaterLoopIsAnsweredWhenTheGameGetsThereAndLaterRequestsWaitBehindIt() {
        AtomicLong nanos = new AtomicLong(START);
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).nanoClock(nanos::get).build());
             RawSc2Client client = RawSc2Client.connect(server.port())) {
            joinGameVsComputer(client, true);
            nanos.set(atLoop(22));
            assertThat(loopNow(client)).isEqualTo(22);

            client.sendOnly(observationAt(100));
            client.sendOnly(ping());
            nanos.set(atLoop(67));
            assertThat(client.poll(NOT_YET)).as("loop 67 < 100: held, and the ping behind it").isEmpty();

            nanos.set(atLoop(100));
            Sc2Api.Response held = client.receive();
            assertThat(held.getObservation().getObservation().getGameLoop()).isEqualTo(100);
            assertThat(held.getStatus()).isEqualTo(Sc2Api.Status.in_game);
            assertThat(client.receive().hasPing()).as("answered in request order").isTrue();

            assertThat(client.send(observationAt(50)).getObservation().getObservation().getGameLoop())
                    .as("a loop already passed: answered at once").isEqualTo(100);
        }
    }

    @Test
    void aHeldObservationIsAnsweredWhenTheGameEndsBeforeItsLoop() {
        AtomicLong nanos = new AtomicLong(START);
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).loopLimit(300)
                .nanoClock(nanos::get).build());
             RawSc2Client client = RawSc2Client.connect(server.port())) {
            joinGameVsComputer(client, true);

            client.sendOnly(observationAt(10_000));
            nanos.set(atLoop(1_000));
            Sc2Api.Response last = client.receive();
            assertThat(last.getStatus()).isEqualTo(Sc2Api.Status.ended);
            assertThat(last.getObservation().getObservation().getGameLoop()).isEqualTo(300);
            assertThat(last.getObservation().getPlayerResultList()).extracting(Sc2Api.PlayerResult::getResult)
                    .containsExactly(Sc2Api.Result.Tie, Sc2Api.Result.Tie);
        }
    }

    @Test
    void aStepGameAnswersAnObservationForALaterLoopAtOnce() {
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).build());
             RawSc2Client client = RawSc2Client.connect(server.port())) {
            joinGameVsComputer(client, false);

            Sc2Api.Response now = client.send(observationAt(500));
            assertThat(now.getErrorCount()).isZero();
            assertThat(now.getObservation().getObservation().getGameLoop()).isZero();
        }
    }
}
