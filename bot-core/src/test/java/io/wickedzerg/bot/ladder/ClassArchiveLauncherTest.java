package io.wickedzerg.bot.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveLauncherTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ClassArchiveLauncher launcher = new ClassArchiveLauncher(new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void procCmdlineSplitsOnNul() {
        byte[] cmdline = "java\0-Xmx1g\0-jar\0Wicked Zerg.jar\0--GamePort\0005\0".getBytes(StandardCharsets.UTF_8);

        assertThat(ClassArchiveLauncher.commandLine(cmdline))
                .containsExactly("java", "-Xmx1g", "-jar", "Wicked Zerg.jar", "--GamePort", "5");
    }

    @Test
    void aNewArchiveIsPutInPlaceAfterAGameThatEndedWellAndOldOnesGo(@TempDir Path dir) throws Exception {
        Path pending = Files.writeString(dir.resolve("WickedZerg-new.77.tmp"), "archive");
        Path old = Files.writeString(dir.resolve("WickedZerg-old.jsa"), "older jar");
        Path archive = dir.resolve("WickedZerg-new.jsa");

        launcher.keep(pending, archive, 0);

        assertThat(archive).hasContent("archive");
        assertThat(pending).doesNotExist();
        assertThat(old).doesNotExist();
    }

    @Test
    void anArchiveFromAGameThatFailedOrWasStoppedIsThrownAway(@TempDir Path dir) throws Exception {
        Path kept = Files.writeString(dir.resolve("WickedZerg-kept.jsa"), "kept");
        Path pending = Files.writeString(dir.resolve("WickedZerg-new.77.tmp"), "maybe half");

        launcher.keep(pending, dir.resolve("WickedZerg-new.jsa"), 143);

        assertThat(pending).doesNotExist();
        assertThat(dir.resolve("WickedZerg-new.jsa")).doesNotExist();
        assertThat(kept).as("the archive in use stays").exists();
    }

    @Test
    void pendingArchivesOfKilledLaunchersGoOnceAnHourOld(@TempDir Path dir) throws Exception {
        long now = System.currentTimeMillis();
        Path stale = Files.writeString(dir.resolve("a.1.tmp"), "x");
        Files.setLastModifiedTime(stale, FileTime.fromMillis(now - TimeUnit.MINUTES.toMillis(61)));
        Path writing = Files.writeString(dir.resolve("a.2.tmp"), "x");
        Files.setLastModifiedTime(writing, FileTime.fromMillis(now - TimeUnit.MINUTES.toMillis(5)));

        ClassArchiveLauncher.removeStale(dir, now);

        assertThat(stale).doesNotExist();
        assertThat(writing).as("another bot may be writing it now").exists();
    }

    @Test
    void switchedOffTheBotRunsInThisJvm() {
        ClassArchivePlan plan = launcher.plan(new String[0], Map.of("WZ_CLASS_ARCHIVE", "off"));

        assertThat(plan.runsChild()).isFalse();
        assertThat(plan.reason()).isEqualTo("WZ_CLASS_ARCHIVE=off");
    }

    @Test
    void aTestJvmIsNotAJavaDashJarLaunch() {
        assertThat(launcher.plan(new String[0], Map.of()).reason()).isEqualTo("not started as java -jar");
    }
}
