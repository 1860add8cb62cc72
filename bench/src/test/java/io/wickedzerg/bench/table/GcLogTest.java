package io.wickedzerg.bench.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcLogTest {

    @Test
    void thePeakIsTheLargestHeapBeforeAPause(@TempDir Path dir) throws Exception {
        Path log = Files.writeString(dir.resolve("gc.log"), String.join("\n",
                "[0.004s][info][gc] Using G1",
                "[0.912s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->5M(256M) 3.215ms",
                "[4.100s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 131M->40M(256M) 9.001ms",
                "[6.000s][info][gc] GC(2) Pause Remark 88M->88M(256M) 1.100ms", ""));

        assertThat(GcLog.peakUsedMb(log)).hasValue(131);
        assertThat(GcLog.peakUsedMb(Files.writeString(dir.resolve("none.log"), "[0.004s][info][gc] Using G1\n")))
                .isEmpty();
    }

    @Test
    void theSerialCollectorsPausesReadTheSame(@TempDir Path dir) throws Exception {
        Path log = Files.writeString(dir.resolve("gc.log"), String.join("\n",
                "[0.003s][info][gc] Using Serial",
                "[0.981s][info][gc] GC(0) Pause Young (Allocation Failure) 68M->7M(247M) 4.120ms",
                "[2.730s][info][gc] GC(1) Pause Young (Allocation Failure) 75M->12M(247M) 2.002ms", ""));

        assertThat(GcLog.peakUsedMb(log)).hasValue(75);
    }
}
