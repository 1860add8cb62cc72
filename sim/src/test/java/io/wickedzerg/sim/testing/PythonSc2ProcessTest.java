package io.wickedzerg.sim.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PythonSc2ProcessTest {

    @Test
    void theFolderRunGameMakesForItsGameIsGoneWhenPythonHasEnded() {
        PythonSc2Process python = PythonSc2Process.locate();
        // What run_game does on a running server: existing_server's SC2Process makes an SC2_* folder, never removed.
        PythonSc2Process.Outcome run = python.run(Duration.ofSeconds(60), null, "-c", """
                import os, existing_server, sc2.main
                existing_server.use(1)
                folder = sc2.main.SC2Process()._tmp_dir
                open(os.path.join(folder, "left.txt"), "w").close()
                print("FOLDER " + folder)
                """);

        assertEquals(0, run.exitCode(), run.output());
        String line = run.output().lines().filter(l -> l.startsWith("FOLDER ")).findFirst().orElseThrow();
        Path folder = Path.of(line.substring("FOLDER ".length()));
        assertTrue(folder.getFileName().toString().startsWith("SC2_"), folder.toString());
        assertFalse(Files.exists(folder), folder + " is still there");
        assertFalse(Files.exists(folder.getParent()), "python's temporary folder " + folder.getParent()
                + " is still there");
    }
}
