package io.wickedzerg.app.soak;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * A command that plays whole games in child JVMs of this build (soak, learn): its games run in the project folder,
 * so config/ means there what it means to the user, and bad options are one line naming the flag and exit 2 before
 * any game starts.
 */
public abstract class ChildGamesCommand implements Callable<Integer> {

    @CommandLine.Spec
    protected CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    protected ChildGameOptions children = new ChildGameOptions();

    /** The folder with config/, where the games run (tests pass the checkout's root). */
    protected final Path projectDir;

    protected ChildGamesCommand(Path projectDir) {
        this.projectDir = projectDir;
    }

    @Override
    public final Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = problem();
        if (problem != null) {
            return badInput(err, problem);
        }
        return run(console, err);
    }

    /** What is wrong with the options, naming the flag; null when nothing is. */
    protected abstract String problem();

    protected abstract int run(PrintWriter console, PrintWriter err) throws Exception;

    /** The option was given on the command line (not just defaulted). */
    protected boolean given(String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    protected static int badInput(PrintWriter err, String problem) {
        err.println("error: " + problem);
        err.flush();
        return 2;
    }
}
