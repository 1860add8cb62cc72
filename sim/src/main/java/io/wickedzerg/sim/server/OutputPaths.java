package io.wickedzerg.sim.server;

import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks {@code sim serve}'s output locations before the server starts, so a folder that cannot be written is a
 * one-line flag error now rather than a lost replay at the end of the first game.
 */
final class OutputPaths {
    private OutputPaths() {
    }

    static void check(CommandLine.Model.CommandSpec spec, Path replayDir, Path summaryJson) {
        if (replayDir != null) {
            try {
                Files.createDirectories(replayDir);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--replay-dir: cannot create the folder "
                        + replayDir + " (" + e + "); allowed: a folder this user can write");
            }
            if (!Files.isWritable(replayDir)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--replay-dir: " + replayDir
                        + " is not writable; allowed: a folder this user can write");
            }
        }
        if (summaryJson != null) {
            if (Files.isDirectory(summaryJson)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--summary-json: " + summaryJson
                        + " is a folder; allowed: a file path");
            }
            Path parent = summaryJson.toAbsolutePath().getParent();
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--summary-json: cannot create the folder "
                        + parent + " (" + e + "); allowed: a file in a folder this user can write");
            }
            if (!Files.isWritable(parent)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--summary-json: the folder " + parent
                        + " is not writable; allowed: a file in a folder this user can write");
            }
        }
    }
}
