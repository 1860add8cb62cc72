package io.wickedzerg.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import SC2APIProtocol.Common;
import SC2APIProtocol.Sc2Api;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WaitingJoinsTest {
    private final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    private final List<Sc2Api.Response> sent = new ArrayList<>();
    private final List<Session> released = new ArrayList<>();
    private final WaitingJoins joins = new WaitingJoins(nanos::get,
            (session, response, request) -> sent.add(response.setId(request.getId()).build()), released::add);

    @Test
    void aJoinIsRefusedOnlyOnceItWaitedTwoMinutesAndItsConnectionGoesOn() {
        Session session = session(1);
        joins.hold(session, ProtocolRequests.joinWithPorts(Common.Race.Zerg, 5000).toBuilder().setId(7).build());
        assertThat(session.holding).isTrue();

        nanos.addAndGet(WaitingJoins.PATIENCE.toNanos() - 1);
        joins.expire();
        assertThat(sent).isEmpty();

        nanos.incrementAndGet();
        joins.expire();
        assertThat(sent).singleElement().satisfies(r -> {
            assertThat(r.getId()).isEqualTo(7);
            assertThat(r.getJoinGame().getError()).isEqualTo(Sc2Api.ResponseJoinGame.Error.LaunchError);
            assertThat(r.getJoinGame().getErrorDetails()).contains("120 s", "create_game");
        });
        assertThat(session.holding).isFalse();
        assertThat(released).containsExactly(session);
        assertThat(joins.size()).isZero();
    }

    @Test
    void aCreatedGameTakesTheWaitingJoinsInTheOrderTheyCame() {
        Session first = session(1);
        Session second = session(2);
        joins.hold(first, ProtocolRequests.joinWithPorts(Common.Race.Zerg, 5000));
        joins.hold(second, ProtocolRequests.joinWithPorts(Common.Race.Terran, 5000));
        List<Session> joined = new ArrayList<>();

        joins.gameCreated((session, request) -> {
            assertThat(session.holding).as("served as a request of its own").isFalse();
            joined.add(session);
        });

        assertThat(joined).containsExactly(first, second);
        assertThat(released).containsExactly(first, second);
        assertThat(sent).as("the join answers its own request").isEmpty();
        nanos.addAndGet(WaitingJoins.PATIENCE.toNanos());
        joins.expire();
        assertThat(sent).isEmpty();
    }

    @Test
    void onlyAJoinWithPortsIsOneOfAGameBetweenClients() {
        assertThat(WaitingJoins.betweenClients(ProtocolRequests.joinWithPorts(Common.Race.Zerg, 5000).getJoinGame())).isTrue();
        assertThat(WaitingJoins.betweenClients(ProtocolRequests.joinAsZerg().getJoinGame())).isFalse();
    }

    private static Session session(int id) {
        return new Session(id, bytes -> { }, () -> { });
    }
}
