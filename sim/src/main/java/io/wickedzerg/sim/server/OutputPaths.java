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
            writableFolder(spec, "--replay-dir", replayDir, "a folder this user can write");
        }
        if (summaryJson != null) {
            if (Files.isDirectory(summaryJson)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--summary-json: " + summaryJson
                        + " is a folder; allowed: a file path");
            }
            writableFolder(spec, "--summary-json", summaryJson.toAbsolutePath().getParent(),
                    "a file in a folder this user can write");
        }
    }

    private static void writableFolder(CommandLine.Model.CommandSpec spec, String flag, Path folder, String allowed) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), flag + ": cannot create the folder " + folder
                    + " (" + e + "); allowed: " + allowed);
        }
        if (!Files.isWritable(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), flag + ": the folder " + folder
                    + " is not writable; allowed: " + allowed);
        }
    }
}
