package io.wickedzerg.sim.server;

import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.replay.Replay;
import io.wickedzerg.sim.replay.ReplayFormat;
import io.wickedzerg.sim.replay.ReplayFormatException;
import io.wickedzerg.sim.replay.ReplayMismatchException;
import io.wickedzerg.sim.replay.ReplayPlayer;
import io.wickedzerg.sim.replay.ReplayRunner;
import io.wickedzerg.sim.replay.StateHashes;
import io.wickedzerg.sim.replay.StateReport;
import io.wickedzerg.sim.replay.view.FrameRecorder;
import io.wickedzerg.sim.replay.view.ReplayMeta;
import io.wickedzerg.sim.replay.view.ReplayPage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code sim replay FILE [--to LOOP] [--html OUT.html]}: plays a saved game again headless ({@link ReplayRunner}),
 * checking every recorded state hash, and prints the final loop, state hash and result; with {@code --to} the state
 * at that loop; with {@code --html} it also writes the game as a page to watch ({@link ReplayPage}).
 * Exit 0 when the game re-simulated as recorded, 1 when it did not (the loop is named), 2 for a file that is no
 * readable replay or a bad flag.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Re-simulate a saved replay headless; print its final state hash and result, or the state at a loop.")
final class ReplayCommand implements Callable<Integer> {
    static final int EXIT_MISMATCH = 1;

    @Parameters(index = "0", paramLabel = "FILE", description = "A replay saved by save_replay or --replay-dir.")
    Path file;

    @Option(names = "--to", paramLabel = "LOOP", description = "Stop at this game loop and print the state there "
            + "(per player: minerals, vespene, supply, unit counts; then every unit).")
    Long toLoop;

    @Option(names = "--html", paramLabel = "OUT.html", description = "Also write the game as one self-contained web "
            + "page to watch in a browser: the map, both players' units and structures over time, a timeline, "
            + "play/pause and speed, and each player's minerals, gas, supply and army. Not with --to.")
    Path html;

    @Option(names = "--html-every", paramLabel = "LOOPS", defaultValue = "" + FrameRecorder.DEFAULT_EVERY_LOOPS,
            description = "Loops between the page's frames (default: ${DEFAULT-VALUE}; 22.4 loops are a second); a "
                    + "larger number makes a long game's page smaller.")
    int htmlEvery;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Replay replay;
        try {
            replay = ReplayFormat.read(file);
        } catch (ReplayFormatException e) {
            err.println("sim replay: " + e.getMessage());
            err.flush();
            return SimMain.EXIT_BAD_INPUT;
        }
        if (toLoop != null && (toLoop < 0 || toLoop > replay.end().finalLoop())) {
            err.println("sim replay: --to: loop " + toLoop + " is outside the recording; allowed: 0.."
                    + replay.end().finalLoop());
            err.flush();
            return SimMain.EXIT_BAD_INPUT;
        }
        if (html != null && toLoop != null) {
            err.println("sim replay: --html and --to exclude each other: the page shows the whole game; drop one");
            err.flush();
            return SimMain.EXIT_BAD_INPUT;
        }
        if (htmlEvery < 1 || htmlEvery > 22_400) {
            err.println("sim replay: --html-every: " + htmlEvery + " is not allowed; allowed: 1..22400 game loops");
            err.flush();
            return SimMain.EXIT_BAD_INPUT;
        }
        out.println("replay " + file + ": " + describe(replay));
        ReplayRunner runner = ReplayRunner.standard();
        long started = System.nanoTime();
        try {
            if (toLoop != null) {
                Game game = runner.runTo(replay, toLoop);
                StateReport.lines(game).forEach(out::println);
            } else {
                FrameRecorder frames = new FrameRecorder(htmlEvery);
                ReplayRunner.Result result = runner.run(replay, game -> {
                    if (html != null) {
                        frames.accept(game);
                    }
                });
                out.println(String.format(Locale.ROOT, "re-simulated %d loops in %.1f s; all %d recorded state hashes "
                        + "matched", result.finalLoop(), (System.nanoTime() - started) / 1e9, result.hashesChecked()));
                out.println("final loop " + result.finalLoop());
                out.println("final state hash " + StateHashes.hex(result.finalHash()));
                out.println("result " + results(replay, result));
                if (html != null) {
                    Path written = ReplayPage.write(result.game().setup().map(), ReplayMeta.of(result.game()),
                            frames.frames(), html);
                    out.println("replay page " + written.toAbsolutePath() + " (" + frames.frames().size() + " frames)");
                }
            }
        } catch (ReplayMismatchException e) {
            out.flush();
            err.println("sim replay: " + file + " does not re-simulate as recorded " + e.getMessage());
            err.flush();
            return EXIT_MISMATCH;
        } catch (IOException e) {
            out.flush();
            err.println("sim replay: --html: cannot write " + html + ": " + e.getMessage());
            err.flush();
            return SimMain.EXIT_BAD_INPUT;
        } catch (IllegalArgumentException e) {
            out.flush();
            err.println("sim replay: " + file + ": " + e.getMessage());
            err.flush();
            return SimMain.EXIT_BAD_INPUT;
        }
        out.flush();
        return 0;
    }

    private static String describe(Replay replay) {
        List<String> players = new ArrayList<>();
        for (ReplayPlayer p : replay.settings().players()) {
            players.add(p.name() + " (" + p.played().name().toLowerCase(Locale.ROOT)
                    + (p.computer() ? ", computer " + p.difficulty().label() : "") + ")");
        }
        return String.format(Locale.ROOT, "%s, seed %d, %s; %d commands, %d state hashes, %d loops recorded",
                replay.settings().map().name(), replay.settings().seed(), String.join(" vs ", players),
                replay.events().size(), replay.hashes().size(), replay.end().finalLoop());
    }

    private static String results(Replay replay, ReplayRunner.Result result) {
        List<String> parts = new ArrayList<>();
        for (ReplayPlayer p : replay.settings().players()) {
            parts.add("player " + p.id() + " " + p.name() + " " + result.results().get(p.id()));
        }
        return String.join(", ", parts);
    }
}
