package io.wickedzerg.clients.telemetry;

import io.wickedzerg.clients.spool.Spool;
import io.wickedzerg.clients.spool.SpoolFrame;
import io.wickedzerg.clients.spool.SpoolOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Child process of {@link SpoolCrashTest}: spools real telemetry batches as fast as it can and
 * prints {@code OK <batch id> END} after each append returned, until it is killed.
 * Arguments: spool folder, run id.
 */
public final class SpoolingChild {

    private SpoolingChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String runId = args[1];
        SpoolOptions options = new SpoolOptions(dir, 16 * 1024, Long.MAX_VALUE, true, Duration.ofMillis(100),
                Clock.systemUTC());
        TelemetryBatchEncoder encoder = new TelemetryBatchEncoder(runId, 1 << 20);
        PrintStream out = new PrintStream(System.out, false, "UTF-8");
        Spool spool = Spool.open(options); // recovers what the previous, killed child left
        out.println("READY END");
        out.flush();
        long seq = 0;
        while (true) {
            List<SequencedEvent> events = new ArrayList<>(20);
            for (int i = 0; i < 20; i++) {
                seq++;
                events.add(new SequencedEvent(seq, new TelemetryEvent("g1", seq, "sample",
                        Map.of("minerals", seq, "note", "spooled by a process that will be killed"))));
            }
            for (EncodedBatch batch : encoder.encode(events)) {
                spool.append(new SpoolFrame(batch.batchId(), batch.events(), batch.gzippedBody()));
                out.println("OK " + batch.batchId() + " END");
                out.flush();
            }
        }
    }
}
