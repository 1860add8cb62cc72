package io.wickedzerg.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code run.sh sc2} end to end through ocraft's own launch path, with a stand-in installation: a folder laid out
 * as the Linux game package ({@code Versions/Base75689/SC2_x64}, {@code Maps/}) whose {@code SC2_x64} is a script
 * that records how it was started and serves the SC2 API with the headless server where ocraft asked. The command
 * runs in its own JVM as run.sh starts it, finding the install through SC2PATH. The README says what only the real
 * game can show.
 */
class Sc2StandInTest {

    /** 4.10, the newest Linux package Blizzard published. */
    private static final int BUILD = 75689;
    /** Its data version in ocraft's (and Blizzard's) version list. */
    private static final String DATA_VERSION = "B89B5D6FA7CBF6452E721311BFBC6CB2";
    /** Half a minute of game time, then the server calls a tie: a whole game, ended by the server, in seconds. */
    private static final int LOOP_LIMIT = 672;

    @Test
    void sc2FindsTheInstallLaunchesItThroughOcraftPlaysToAResultAndStopsIt(@TempDir Path work) throws Exception {
        Path install = standInInstall(work.resolve("StarCraftII"));
        Path exe = install.resolve("Versions/Base" + BUILD + "/SC2_x64");
        Optional<Long> gamePid = Optional.empty();
        try {
            long startedAt = System.currentTimeMillis();
            Run run = sc2(install, work, "--map", "CreepRidge.SC2Map", "--race", "terran", "--difficulty", "VeryEasy");
            String serverLog = readIfThere(exe.resolveSibling("server.log"));
            List<Launch> launches = launches(exe);
            gamePid = launches.stream().findFirst().map(Launch::pid);

            assertThat(run.exitCode()).as("%s%nserver:%n%s", tail(run.output()), tail(serverLog)).isZero();
            // the bot played a whole game and printed its result: the server's loop limit ended it in a tie
            assertThat(run.output())
                    .containsPattern("vs Terran VeryEasy on CreepRidge\\.SC2Map \\(seed 0\\): TIE at \\d:\\d\\d game time");

            assertThat(launches).as("ocraft started the game once").hasSize(1);
            Launch launch = launches.get(0);
            // ocraft ran the executable SC2PATH leads to, with the game's flags
            assertThat(launch.executable()).isEqualTo(exe.toString());
            assertThat(launch.flagNames()).containsExactly("-listen", "-port", "-displayMode", "-dataVersion",
                    "-windowwidth", "-windowheight", "-windowx", "-windowy");
            assertThat(launch.flag("-listen")).isEqualTo("127.0.0.1");
            assertThat(launch.flag("-displayMode")).isEqualTo("0");
            // the Base75689 folder's data version: without it ocraft fails outside Windows
            assertThat(launch.flag("-dataVersion")).isEqualTo(DATA_VERSION);
            int port = Integer.parseInt(launch.flag("-port"));
            assertThat(port).isBetween(1024, 65535);
            // the Linux package has no Support64 folder: the game starts where sc2 was started
            assertThat(Path.of(launch.workingDirectory()).toRealPath()).isEqualTo(ProjectFiles.root().toRealPath());

            // ocraft connected only once the server listened (its first try always comes too early, a JVM takes
            // longer to start than that), and create_game carried the install's map path, matched by file name
            assertThat(serverLog).contains("listening on ws://127.0.0.1:" + port + "/sc2api")
                    .contains("created a game on Creep Ridge");

            // sc2 quit the game at the end: ocraft ended the process it started, nothing is left running
            assertThat(ended(launch.pid())).as("game process %d ended", launch.pid()).isTrue();
            System.out.printf("sc2 with a stand-in install: the game was started %.1f s after sc2, all over after %.1f s%n",
                    (launch.startedAt() - startedAt) / 1000.0, (System.currentTimeMillis() - startedAt) / 1000.0);
        } finally {
            gamePid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void aMapTheGameWillNotPlayIsOneClearErrorAndTheGameIsStopped(@TempDir Path work) throws Exception {
        Path install = standInInstall(work.resolve("StarCraftII"), "Nowhere.SC2Map");
        Path exe = install.resolve("Versions/Base" + BUILD + "/SC2_x64");
        Optional<Long> gamePid = Optional.empty();
        try {
            Run run = sc2(install, work, "--map", "Nowhere.SC2Map");
            gamePid = launches(exe).stream().findFirst().map(Launch::pid);

            assertThat(run.exitCode()).as(run.output()).isEqualTo(Sc2Command.EXIT_GAME_FAILED);
            // ocraft logs the game's answer; sc2 stops there instead of joining a game that is not there
            assertThat(run.output()).contains("CreateGame request returned an error code: INVALID_MAP_PATH")
                    .contains("error: StarCraft II (" + exe + ") did not start a game: create_game on "
                            + install.resolve("Maps/Nowhere.SC2Map") + " failed (the game's answer is logged above)")
                    .doesNotContain("JoinGame");
            assertThat(gamePid).as("the stand-in ran").isPresent();
            assertThat(ended(gamePid.get())).as("game process %d ended", gamePid.get()).isTrue();
        } finally {
            gamePid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    /** The game exits at once, or runs and never listens: ocraft's retries give up (sooner here). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "exits at once     | exit 3        | game is not running",
            "never listens     | exec sleep 90 | Game is unreachable."})
    void aGameThatDoesNotAnswerIsOneClearErrorExit1AndNoProcessLeft(String what, String behaviour, String problem,
            @TempDir Path work) throws Exception {
        Path install = work.resolve("StarCraftII");
        Path exe = install.resolve("Versions/Base" + BUILD + "/SC2_x64");
        Files.createDirectories(exe.getParent());
        Files.writeString(exe, "#!/usr/bin/env bash\nprintf -- '--- launch\\npid %s\\n' $$ > \"$(dirname \"$0\")/launches.txt\"\n" + behaviour + "\n");
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(install.resolve("Maps"));
        Files.createFile(install.resolve("Maps/CreepRidge.SC2Map"));
        Optional<Long> gamePid = Optional.empty();
        try {
            Run run = sc2(install, work, List.of("-Docraft.game.net.retry=2", "-Docraft.game.net.timeoutInMillis=500"),
                    "--map", "CreepRidge.SC2Map");
            gamePid = launches(exe).stream().findFirst().map(Launch::pid);

            assertThat(run.exitCode()).as(run.output()).isEqualTo(Sc2Command.EXIT_GAME_FAILED);
            assertThat(run.output()).contains("error: StarCraft II (" + exe + ") did not start a game: " + problem);
            assertThat(gamePid).as("the stand-in ran").isPresent();
            assertThat(ended(gamePid.get())).as("game process %d ended", gamePid.get()).isTrue();
        } finally {
            gamePid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    private record Run(int exitCode, String output) {
    }

    /** {@code sc2} in its own JVM as run.sh starts it, from the project folder, finding the game through SC2PATH. */
    private static Run sc2(Path install, Path work, String... flags) throws Exception {
        return sc2(install, work, List.of(), flags);
    }

    private static Run sc2(Path install, Path work, List<String> jvmOptions, String... flags) throws Exception {
        Path output = work.resolve("sc2.out");
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path")));
        command.addAll(jvmOptions);
        command.addAll(List.of("io.wickedzerg.app.WickedZergCli", "sc2"));
        command.addAll(List.of(flags));
        ProcessBuilder sc2 = new ProcessBuilder(command).directory(ProjectFiles.root().toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        sc2.environment().put("SC2PATH", install.toString());
        sc2.environment().put("WZ_DATA_DIR", work.resolve("data").toString());
        sc2.environment().put("SPOOL_DIR", work.resolve("data/spool").toString());
        Process process = sc2.start();
        try {
            boolean finished = process.waitFor(150, TimeUnit.SECONDS);
            assertThat(finished).as("sc2 finished; output:%n%s", tail(Files.readString(output))).isTrue();
            return new Run(process.exitValue(), Files.readString(output));
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    /** The Linux package's layout, with the stand-in executable and an empty file where sc2 looks for the map. */
    private static Path standInInstall(Path install) throws IOException {
        return standInInstall(install, "CreepRidge.SC2Map");
    }

    private static Path standInInstall(Path install, String map) throws IOException {
        Path exe = install.resolve("Versions/Base" + BUILD + "/SC2_x64");
        Files.createDirectories(exe.getParent());
        String script;
        try (var in = Sc2StandInTest.class.getResourceAsStream("stand-in-SC2_x64")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        script = script.replace("@JAVA@", quoted(java()))
                .replace("@CLASSPATH@", quoted(System.getProperty("java.class.path")))
                .replace("@LOGBACK@", quoted(ProjectFiles.path("config/logback.xml").toString()))
                .replace("@SERVER_FLAGS@", "--loop-limit " + LOOP_LIMIT);
        Files.writeString(exe, script);
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        // sc2 checks that the map file is there, as the game would read it; the server only matches its name
        Files.createDirectories(install.resolve("Maps"));
        Files.createFile(install.resolve("Maps").resolve(map));
        return install;
    }

    /** For inside the template's single quotes. */
    private static String quoted(String text) {
        return text.replace("'", "'\\''");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Waits for the process to end, as long as ocraft's own stop waits (4 s) and then some; true when it is gone. */
    private static boolean ended(long pid) throws Exception {
        Optional<ProcessHandle> game = ProcessHandle.of(pid);
        if (game.isEmpty()) {
            return true;
        }
        try {
            game.get().onExit().get(20, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        }
    }

    /** One start of the stand-in, as it recorded it. */
    private record Launch(long pid, long startedAt, String workingDirectory, String executable, List<String> args) {

        List<String> flagNames() {
            return args.stream().filter(a -> a.startsWith("-")).toList();
        }

        String flag(String name) {
            int at = args.indexOf(name);
            assertThat(at).as("flag %s in %s", name, args).isNotNegative();
            return args.get(at + 1);
        }
    }

    private static List<Launch> launches(Path exe) throws IOException {
        Path file = exe.resolveSibling("launches.txt");
        List<Launch> launches = new ArrayList<>();
        if (!Files.exists(file)) {
            return launches;
        }
        long pid = 0;
        long at = 0;
        String cwd = "";
        String executable = "";
        List<String> args = null;
        for (String line : Files.readAllLines(file)) {
            if (line.equals("--- launch")) {
                if (args != null) {
                    launches.add(new Launch(pid, at, cwd, executable, args));
                }
                args = new ArrayList<>();
            } else if (line.startsWith("pid ")) {
                pid = Long.parseLong(line.substring(4));
            } else if (line.startsWith("at ")) {
                at = Long.parseLong(line.substring(3));
            } else if (line.startsWith("cwd ")) {
                cwd = line.substring(4);
            } else if (line.startsWith("exe ")) {
                executable = line.substring(4);
            } else if (line.startsWith("arg ") && args != null) {
                args.add(line.substring(4));
            }
        }
        if (args != null) {
            launches.add(new Launch(pid, at, cwd, executable, args));
        }
        return launches;
    }

    private static String readIfThere(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "(no " + file.getFileName() + ")";
    }

    private static String tail(String log) {
        return log.length() < 4000 ? log : log.substring(log.length() - 4000);
    }
}
