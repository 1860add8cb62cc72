package io.wickedzerg.bench.table;

import java.nio.file.Path;

/**
 * How the table is measured.
 *
 * @param quick every row briefly (a smoke run), not for judging numbers
 * @param projectDir the project folder: games run there (config/ is read from it)
 * @param appJar the bot's jar, run as child processes (bench does not depend on app)
 * @param ladderJar the AI Arena bot ({@code WickedZerg.jar}), whose start is measured as AI Arena starts it
 * @param workDir where children write their summaries, logs and data
 */
public record BenchSettings(boolean quick, Path projectDir, Path appJar, Path ladderJar, Path workDir) {
}
