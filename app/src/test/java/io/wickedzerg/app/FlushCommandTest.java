package io.wickedzerg.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code run.sh flush} outside hybrid mode: there is no spool to replay, and it says which setting to change. */
class FlushCommandTest {

    @Test
    void localModeIsRefusedNamingTheSetting() {
        assumeTrue(System.getenv("HYBRID_MODE") == null && System.getenv("HYBRID_CONFIG") == null,
                "HYBRID_MODE or HYBRID_CONFIG is set in this environment; the default (local) mode is what is tested");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = WickedZergCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), "flush");

        assertThat(exit).isEqualTo(WickedZergCli.EXIT_BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("error: flush: mode is local (HYBRID_MODE / mode); a spool is only "
                + "kept in hybrid mode, set HYBRID_MODE=hybrid");
        assertThat(out.toString()).isEmpty();
    }
}
