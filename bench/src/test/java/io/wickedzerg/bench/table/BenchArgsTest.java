package io.wickedzerg.bench.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchArgsTest {

    @Test
    void theTablesOwnFlagsAreRead() {
        BenchArgs args = BenchArgs.parse("--quick", "--out", "x/y", "--app-jar", "a.jar", "--ladder-jar", "l.jar");

        assertThat(args.quick()).isTrue();
        assertThat(args.out()).contains(Path.of("x/y"));
        assertThat(args.appJar()).isEqualTo(Path.of("a.jar"));
        assertThat(args.ladderJar()).isEqualTo(Path.of("l.jar"));
        assertThat(BenchArgs.parse().ladderJar()).isEqualTo(Path.of("bot-core/target/WickedZerg.jar"));
        assertThat(BenchArgs.parse().out()).isEmpty();
    }

    @Test
    void anUnknownFlagOrAMissingValueIsNamedWithTheAllowedOnes() {
        assertThatThrownBy(() -> BenchArgs.parse("--quik")).hasMessage("--quik: unknown flag; " + BenchArgs.USAGE);
        assertThatThrownBy(() -> BenchArgs.parse("--out")).hasMessage("--out: needs a value; " + BenchArgs.USAGE);
    }

    @Test
    void aBadFlagExitsWithTwoAndOneLine() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = BenchTable.run(new String[] {"--fast"}, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("bench: --fast: unknown flag; allowed: --quick, --out DIR, --app-jar JAR, --ladder-jar JAR, --project-dir DIR");
    }
}
