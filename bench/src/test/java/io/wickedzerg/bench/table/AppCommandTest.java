package io.wickedzerg.bench.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AppCommandTest {

    private static final Path PROJECT = Path.of("..");

    @Test
    void aGameChildGetsTheGameJvmOptionsFileBeforeTheJar() {
        BenchSettings settings = new BenchSettings(true, PROJECT, Path.of("app.jar"), Path.of("WickedZerg.jar"),
                Path.of("work"));

        List<String> command = AppCommand.of(settings, List.of("-Xmx256m"), List.of("play"));

        String options = "@" + PROJECT.resolve("config/jvm.options").toAbsolutePath();
        assertThat(command).containsSubsequence(options, "-Xmx256m", "-jar", Path.of("app.jar").toAbsolutePath().toString(),
                "play");
    }

    @Test
    void theJvmReadsTheOptionsFileAndEveryOptionTakesEffect() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process jvm = new ProcessBuilder(java.toString(),
                "@" + PROJECT.resolve(AppCommand.JVM_OPTIONS).toAbsolutePath(), "-XX:+PrintFlagsFinal", "-version")
                .redirectErrorStream(true).start();
        String out = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(jvm.exitValue()).as(out).isZero();
        assertThat(out).containsPattern("bool UseSerialGC += true +\\{product\\} \\{command line\\}")
                .containsPattern("intx FreqInlineSize += 100 ")
                .containsPattern("intx InlineSmallCode += 1000 ");
    }
}
