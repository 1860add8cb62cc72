package io.wickedzerg.sim.replay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The same game in separate JVMs (each with its own identity hashes, its own Set.of order and its own JIT) has the
 * same state after every loop: two processes play the scripted game, a third, compiling with C1 only, re-simulates
 * the first one's replay; their per-loop state hashes are compared loop by loop, and the two replays byte by byte.
 */
class DeterminismAcrossProcessesTest {
    private static final long TIMEOUT_SECONDS = 300;

    @TempDir
    Path tmp;

    @Test
    void twoProcessesPlayTheSameGameAndAThirdReplaysItLoopByLoop() throws Exception {
        Path replayA = tmp.resolve("a.wzreplay");
        Path replayB = tmp.resolve("b.wzreplay");
        Process a = start(tmp.resolve("a.txt"), List.of(), "play", "99", replayA.toString());
        Process b = start(tmp.resolve("b.txt"), List.of(), "play", "99", replayB.toString());
        List<String> hashesA = finish(a, tmp.resolve("a.txt"));
        List<String> hashesB = finish(b, tmp.resolve("b.txt"));
        Process c = start(tmp.resolve("c.txt"), List.of("-XX:TieredStopAtLevel=1"), "replay", replayA.toString());
        List<String> hashesC = finish(c, tmp.resolve("c.txt"));

        assertThat(hashesA).as("a hash after every loop").hasSize(ScriptedGame.LOOP_LIMIT);
        assertSameLoopByLoop("second process", hashesA, hashesB);
        assertSameLoopByLoop("re-simulation in a third process", hashesA, hashesC);
        assertThat(Files.readAllBytes(replayB)).as("the replays").isEqualTo(Files.readAllBytes(replayA));
        assertThat(ReplayFormat.read(replayA).events()).as("the script's commands").hasSizeGreaterThan(50);
    }

    private static void assertSameLoopByLoop(String what, List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                fail(what + " differs first at loop " + (i + 1) + ": " + actual.get(i) + " instead of " + expected.get(i));
            }
        }
        assertThat(actual).as(what + ": loops").hasSameSizeAs(expected);
    }

    private static Process start(Path output, List<String> jvmFlags, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), DeterminismChild.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    /** Waits for a child and returns its "loop hash" lines. */
    private static List<String> finish(Process process, Path output) throws Exception {
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("child did not finish in " + TIMEOUT_SECONDS + " s; its output so far:\n" + tail(output));
        }
        List<String> lines = Files.readAllLines(output);
        assertThat(process.exitValue()).as(tail(output)).isZero();
        assertThat(lines).as("the child ran to the end").contains("end");
        return lines.stream().filter(l -> l.matches("\\d+ [0-9a-f]{16}")).toList();
    }

    private static String tail(Path output) throws IOException {
        List<String> lines = Files.readAllLines(output);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
