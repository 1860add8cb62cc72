package io.wickedzerg.app;

import io.wickedzerg.bot.ladder.LadderEntry;
import io.wickedzerg.app.learn.LearnCommand;
import io.wickedzerg.app.soak.SoakCommand;
import io.wickedzerg.sim.server.SimMain;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The single entry point of the bot jar: {@code run.sh} and the AI Arena folder both start here. */
@Command(name = "wicked-zerg",
        mixinStandardHelpOptions = true,
        versionProvider = WickedZergCli.Version.class,
        description = "Wicked Zerg: a StarCraft II Zerg bot with a hybrid architecture.",
        subcommands = {PlayCommand.class, SimMain.class, io.wickedzerg.app.services.ServicesCommand.class, SoakCommand.class, LearnCommand.class, Sc2Command.class, PackageLadderCommand.class, ConfigCommand.class,
                FlushCommand.class, io.wickedzerg.app.e2e.E2eCommand.class,
                CommandLine.HelpCommand.class})
public final class WickedZergCli implements Runnable {

    /** Exit code for bad input (flags, config): the run never started. */
    public static final int EXIT_BAD_INPUT = LadderEntry.EXIT_BAD_INPUT;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI and returns the exit code, so tests can call it without exiting the JVM. */
    public static int execute(String... args) {
        return execute(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** As {@link #execute(String...)}, writing to the given streams (tests). */
    public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        if (LadderEntry.isLadderLaunch(args)) {
            // as AI Arena runs it, plus what a person or CI looks at afterwards: the chart and summary.json beside
            // the game's telemetry
            return new LadderEntry(new ChartWriter(), (runId, report, folder) -> SummaryJson.write(
                    folder.resolve("summary.json"), SummaryJson.of(runId, java.util.List.of(report), null)))
                    .run(args, err);
        }
        if (args.length == 0 || args[0].startsWith("--") && !isTopLevelOption(args[0])) {
            // No subcommand: play (run.sh with no arguments, or only play's options).
            String[] withPlay = new String[args.length + 1];
            withPlay[0] = "play";
            System.arraycopy(args, 0, withPlay, 1, args.length);
            args = withPlay;
        }
        CommandLine cli = new CommandLine(new WickedZergCli());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(WickedZergCli::badInput);
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    private static boolean isTopLevelOption(String arg) {
        return arg.equals("--help") || arg.equals("--version");
    }

    private static int badInput(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("error: " + e.getMessage());
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            cmd.getErr().println("Did you mean: " + String.join(" or ", unmatched.getSuggestions()) + "?");
        }
        cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
        return EXIT_BAD_INPUT;
    }

    /** The build's version, from a resource Maven fills in. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws java.io.IOException {
            java.util.Properties p = new java.util.Properties();
            try (var in = WickedZergCli.class.getResourceAsStream("/wicked-zerg-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"wicked-zerg " + p.getProperty("version", "unknown") + " (Java "
                    + System.getProperty("java.version") + ")"};
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
