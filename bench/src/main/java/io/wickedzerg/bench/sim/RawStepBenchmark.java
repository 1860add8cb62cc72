package io.wickedzerg.bench.sim;

import SC2APIProtocol.Common;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.server.SimServer;
import io.wickedzerg.sim.server.SimServerOptions;
import io.wickedzerg.sim.client.RawSc2Client;
import io.wickedzerg.sim.map.BuiltInMaps;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The server's own ceiling, without ocraft: a bare protobuf client over the JDK's websocket sends
 * {@code step(1)} then {@code observation} and parses both answers, as ocraft does each update at step size 1
 * but without its event bookkeeping. Compare with {@link SimClientStepBenchmark} to split the server's cost from
 * the ocraft client's. Score = loops per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class RawStepBenchmark {
    private static final byte[] STEP = Sc2Api.Request.newBuilder()
            .setStep(Sc2Api.RequestStep.newBuilder().setCount(1)).build().toByteArray();
    private static final byte[] PING = Sc2Api.Request.newBuilder()
            .setPing(Sc2Api.RequestPing.getDefaultInstance()).build().toByteArray();
    private static final byte[] OBSERVE = Sc2Api.Request.newBuilder()
            .setObservation(Sc2Api.RequestObservation.getDefaultInstance()).build().toByteArray();

    private SimServer server;
    private RawSc2Client client;

    @Setup(Level.Trial)
    public void startGame() throws Exception {
        server = SimServer.start(SimServerOptions.builder().port(0).loopLimit(Long.MAX_VALUE / 2)
                .computers(spec -> new MiningOnlyComputer()).build());
        client = RawSc2Client.connect(server.port());
        Sc2Api.Response created = client.sendBytes(Sc2Api.Request.newBuilder().setCreateGame(Sc2Api.RequestCreateGame.newBuilder()
                .setBattlenetMapName(BuiltInMaps.standard().defaultMap().name())
                .addPlayerSetup(Sc2Api.PlayerSetup.newBuilder().setType(Sc2Api.PlayerType.Participant))
                .addPlayerSetup(Sc2Api.PlayerSetup.newBuilder().setType(Sc2Api.PlayerType.Computer)
                        .setRace(Common.Race.Terran).setDifficulty(Sc2Api.Difficulty.Easy))).build().toByteArray());
        Sc2Api.Response joined = client.sendBytes(Sc2Api.Request.newBuilder().setJoinGame(Sc2Api.RequestJoinGame.newBuilder()
                .setRace(Common.Race.Zerg)
                .setOptions(Sc2Api.InterfaceOptions.newBuilder().setRaw(true).setScore(true))).build().toByteArray());
        if (created.getErrorCount() > 0 || joined.getJoinGame().hasError()) {
            throw new IllegalStateException("cannot start a game: " + created + joined);
        }
    }

    @Benchmark
    public int stepAndObserve() throws Exception {
        Sc2Api.Response step = client.sendBytes(STEP);
        Sc2Api.Response observation = client.sendBytes(OBSERVE);
        if (observation.getStatus() != Sc2Api.Status.in_game) {
            throw new IllegalStateException("the game ended during the measurement");
        }
        return step.getStep().getSimulationLoop() + observation.getObservation().getObservation().getRawData().getUnitsCount();
    }

    /** The transport's floor: one request the server answers at once, without ocraft. */
    @Benchmark
    public Sc2Api.Response pingRoundTrip() throws Exception {
        return client.sendBytes(PING);
    }

    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        server.close();
    }
}
