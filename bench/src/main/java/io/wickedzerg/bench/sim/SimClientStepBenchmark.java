package io.wickedzerg.bench.sim;

import com.github.ocraft.s2client.bot.S2Agent;
import com.github.ocraft.s2client.bot.S2Coordinator;
import com.github.ocraft.s2client.bot.gateway.ProtoInterface;
import com.github.ocraft.s2client.protocol.request.Requests;
import com.github.ocraft.s2client.protocol.game.BattlenetMap;
import com.github.ocraft.s2client.protocol.game.Difficulty;
import com.github.ocraft.s2client.protocol.game.Race;
import io.wickedzerg.bot.ocraft.DirectResponses;
import io.wickedzerg.bot.ocraft.ResponseStreamFix;
import io.wickedzerg.sim.server.SimServer;
import io.wickedzerg.sim.server.SimServerOptions;
import io.wickedzerg.sim.map.BuiltInMaps;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Game loops per second of the whole stack: the sim server in this JVM and the unchanged ocraft client over
 * its websocket, stepping one loop at a time (step size 1) with an agent that sends no actions. Each
 * operation is one {@code S2Coordinator.update()}: step request, observation request and the client's
 * observation processing. Score = loops per second (the target: 5,000 on a 2-core machine; see
 * {@link #pingRoundTrip()} for the most this client allows).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class SimClientStepBenchmark {
    private SimServer server;
    private S2Coordinator coordinator;
    private IdleAgent agent;

    /**
     * "direct": ocraft's response stream as every bot game runs it ({@code ResponseStreamFix} and
     * {@code DirectResponses}: no hop through an RxJava computation thread); "fixed": the fix alone, with ocraft's
     * hop; "rxjava": RxJava's own {@code publish()}, which can drop a response under load, kept to measure what the
     * fix costs. Each value runs in its own fork, so the process-wide hooks of one never leak into another.
     */
    @Param({"direct", "fixed", "rxjava"})
    public String responseStream;

    /** An agent that only receives observations. */
    static final class IdleAgent extends S2Agent {
        @Override
        public void onStep() {
            // no actions: measures the server and the client, not a bot
        }
    }

    @Setup(Level.Trial)
    public void startGame() {
        if (!responseStream.equals("rxjava")) {
            ResponseStreamFix.install();
        }
        if (responseStream.equals("direct")) {
            DirectResponses.install();
        }
        server = SimServer.start(SimServerOptions.builder().port(0).loopLimit(Long.MAX_VALUE / 2)
                .computers(spec -> new MiningOnlyComputer()).build());
        agent = new IdleAgent();
        coordinator = S2Coordinator.setup()
                .setRealtime(false)
                .setStepSize(1)
                .setParticipants(S2Coordinator.createParticipant(Race.ZERG, agent),
                        S2Coordinator.createComputer(Race.TERRAN, Difficulty.EASY))
                .connect("127.0.0.1", server.port())
                .startGame(BattlenetMap.of(BuiltInMaps.standard().defaultMap().name()));
    }

    @Benchmark
    public boolean stepOneLoop() {
        if (!coordinator.update()) {
            throw new IllegalStateException("the game ended during the measurement");
        }
        return true;
    }

    /**
     * The floor under {@link #stepOneLoop()}: one request the server answers at once (ping) through ocraft's
     * request path. A loop at step size 1 costs two such round trips (step, observation) plus the work on
     * both sides, so this bounds the loops per second any server can reach with this client.
     */
    @Benchmark
    public Object pingRoundTrip() {
        ProtoInterface proto = agent.control().proto();
        return proto.waitForResponse(proto.sendRequest(Requests.ping())).orElseThrow();
    }

    @TearDown(Level.Trial)
    public void stop() {
        coordinator.quit();
        server.close();
    }
}
