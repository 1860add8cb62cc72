package io.wickedzerg.sim.replay;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child process of {@link DeterminismAcrossProcessesTest}: {@code play SEED REPLAY_OUT} plays the scripted game
 * and saves its replay; {@code replay FILE} re-simulates a replay. Either way it prints the state hash after every
 * loop, one "loop hash" line each, then "end".
 */
public final class DeterminismChild {
    private DeterminismChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.BufferedOutputStream(System.out, 1 << 16), false);
        long[] loop = {0};
        if (args[0].equals("play")) {
            Replay replay = new ScriptedGame(Long.parseLong(args[1])).play(hash -> out.println(++loop[0] + " "
                    + StateHashes.hex(hash)));
            Files.write(Path.of(args[2]), ReplayFormat.write(replay));
        } else {
            ReplayRunner.standard().run(ReplayFormat.read(Path.of(args[1])), game -> {
                if (game.gameLoop() > 0) {
                    out.println(game.gameLoop() + " " + StateHashes.hex(game.stateHash()));
                }
            });
        }
        out.println("end");
        out.flush();
    }
}
