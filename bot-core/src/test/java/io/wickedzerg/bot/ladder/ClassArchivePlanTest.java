package io.wickedzerg.bot.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassArchivePlanTest {

    private static final String[] ARGS = {"--LadderServer", "127.0.0.1", "--GamePort", "5001", "--StartPort", "5001"};
    private static final ClassArchivePlan.JarStamp JAR =
            new ClassArchivePlan.JarStamp(Path.of("/bots/WickedZerg/WickedZerg.jar"), 55_964_609, 1_796_279_956_493L);

    private static ClassArchivePlan.Launch launch(int feature, String... jvmOptions) {
        List<String> line = new java.util.ArrayList<>(List.of("java"));
        line.addAll(List.of(jvmOptions));
        line.addAll(List.of("-jar", "WickedZerg.jar"));
        line.addAll(List.of(ARGS));
        return new ClassArchivePlan.Launch(line, ARGS, "/usr/lib/jvm/java-17", feature, "17.0.15+6-Debian-1deb12u1",
                Path.of("data"), JAR);
    }

    @Test
    void withNoArchiveYetTheChildWritesOneUnderItsPidWithTheJvmsFlagsAndTheProgramsArguments() {
        ClassArchivePlan plan = ClassArchivePlan.of(launch(17, "-Xmx256m", "-Dwz.x=1"), path -> false, 4242);

        assertThat(plan.runsChild()).isTrue();
        Path folder = Path.of("data", "class-archive");
        String name = "WickedZerg-java17.0.15_6_Debian_1deb12u1-55964609-1796279956493-"
                + Integer.toHexString("/bots/WickedZerg/WickedZerg.jar".hashCode());
        assertThat(plan.archive()).contains(folder.resolve(name + ".jsa"));
        assertThat(plan.pending()).contains(folder.resolve(name + ".4242.tmp"));
        assertThat(plan.command()).containsExactly("/usr/lib/jvm/java-17/bin/java", "-Xmx256m", "-Dwz.x=1",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:ArchiveClassesAtExit=" + folder.resolve(name + ".4242.tmp"), "-Xlog:cds*=off",
                "-Xlog:class+path=off", "-Dwz.classArchive.child=true", "-cp", "WickedZerg.jar",
                ClassArchiveLauncher.class.getName(), "--LadderServer", "127.0.0.1", "--GamePort", "5001", "--StartPort", "5001");
    }

    @Test
    void withAnArchiveTheChildMapsIt() {
        ClassArchivePlan plan = ClassArchivePlan.of(launch(17), path -> path.toString().endsWith(".jsa"), 1);

        assertThat(plan.pending()).isEmpty();
        assertThat(plan.command()).contains("-XX:SharedArchiveFile=" + plan.archive().orElseThrow())
                .noneMatch(arg -> arg.startsWith("-XX:ArchiveClassesAtExit"));
    }

    @Test
    void theChildCompilesWithC1OnlyUnlessTheCommandLineChoosesItsOwnTiers() {
        assertThat(ClassArchivePlan.of(launch(17), p -> false, 1).command()).contains(ClassArchivePlan.JIT);
        assertThat(ClassArchivePlan.of(launch(17, "-XX:TieredStopAtLevel=4"), p -> false, 1).command())
                .contains("-XX:TieredStopAtLevel=4").doesNotContain(ClassArchivePlan.JIT);
        assertThat(ClassArchivePlan.of(launch(17, "-XX:-TieredCompilation"), p -> false, 1).command())
                .noneMatch(arg -> arg.startsWith("-XX:TieredStopAtLevel"));
    }

    @Test
    void theChildCollectsWithTheSerialCollectorUnlessTheCommandLineChoosesOne() {
        assertThat(ClassArchivePlan.of(launch(17), p -> false, 1).command()).contains(ClassArchivePlan.GC);
        assertThat(ClassArchivePlan.of(launch(17, "-XX:+UseParallelGC"), p -> false, 1).command())
                .contains("-XX:+UseParallelGC").doesNotContain(ClassArchivePlan.GC);
        assertThat(ClassArchivePlan.of(launch(17, "-XX:-UseSerialGC", "-XX:+UseG1GC"), p -> false, 1).command())
                .doesNotContain(ClassArchivePlan.GC);
    }

    @Test
    void anotherJarOrJvmGetsAnotherArchive() {
        ClassArchivePlan.Launch base = launch(17);
        ClassArchivePlan.Launch rebuilt = new ClassArchivePlan.Launch(base.commandLine(), ARGS, base.javaHome(), 17,
                base.vmVersion(), base.dataDir(), new ClassArchivePlan.JarStamp(JAR.absolutePath(), JAR.size(),
                JAR.modifiedMillis() + 1));
        ClassArchivePlan.Launch updatedJvm = new ClassArchivePlan.Launch(base.commandLine(), ARGS, base.javaHome(), 17,
                "17.0.16+8", base.dataDir(), JAR);

        Path archive = ClassArchivePlan.of(base, p -> false, 1).archive().orElseThrow();
        assertThat(ClassArchivePlan.of(rebuilt, p -> false, 1).archive()).isNotEqualTo(java.util.Optional.of(archive));
        assertThat(ClassArchivePlan.of(updatedJvm, p -> false, 1).archive()).isNotEqualTo(java.util.Optional.of(archive));
    }

    @Test
    void theBotRunsInThisJvmWhenItCannotOrShouldNotStartAChild() {
        assertThat(ClassArchivePlan.of(launch(12), p -> false, 1))
                .satisfies(p -> assertThat(p.runsChild()).isFalse())
                .satisfies(p -> assertThat(p.reason()).isEqualTo("Java 12 has no -XX:ArchiveClassesAtExit"));
        assertThat(ClassArchivePlan.of(launch(17, "-XX:SharedArchiveFile=mine.jsa"), p -> false, 1).reason())
                .isEqualTo("the command line sets its own class-data sharing (-XX:SharedArchiveFile=mine.jsa)");
        assertThat(ClassArchivePlan.of(launch(17, "-Xshare:off"), p -> false, 1).runsChild()).isFalse();

        List<String> classPathLaunch = List.of("java", "-cp", "WickedZerg.jar", "io.wickedzerg.bot.ladder.ClassArchiveLauncher");
        ClassArchivePlan.Launch notJar = new ClassArchivePlan.Launch(classPathLaunch, new String[0], "/j", 17, "17", Path.of("d"), JAR);
        assertThat(ClassArchivePlan.of(notJar, p -> false, 1).reason()).isEqualTo("not started as java -jar");
    }

    @Test
    void theJarIsFoundOnlyInTheJavaDashJarForm() {
        assertThat(ClassArchivePlan.jarOf(List.of("java", "-jar", "a.jar", "x"), new String[] {"x"})).contains("a.jar");
        assertThat(ClassArchivePlan.jarOf(List.of("java", "-Xmx1g", "-jar", "a.jar"), new String[0])).contains("a.jar");
        assertThat(ClassArchivePlan.jarOf(List.of("java", "-cp", "a.jar", "Main"), new String[0])).isEmpty();
        assertThat(ClassArchivePlan.jarOf(List.of("java"), new String[] {"x", "y"})).isEmpty();
    }

    @Test
    void theSwitchIsOnUnlessSaidOffAndAnythingElseIsNamedAsBadInput() {
        assertThat(ClassArchivePlan.switchedOn(Map.of())).isTrue();
        assertThat(ClassArchivePlan.switchedOn(Map.of("WZ_CLASS_ARCHIVE", "ON"))).isTrue();
        assertThat(ClassArchivePlan.switchedOn(Map.of("WZ_CLASS_ARCHIVE", " off"))).isFalse();
        assertThatThrownBy(() -> ClassArchivePlan.switchedOn(Map.of("WZ_CLASS_ARCHIVE", "no")))
                .hasMessage("WZ_CLASS_ARCHIVE must be on or off, not 'no'");
    }

    @Test
    void versionsBecomeFileNameParts() {
        assertThat(ClassArchivePlan.fileNamePart("17.0.15+6-Debian/1é")).isEqualTo("17.0.15_6_Debian_1_");
        assertThat(ClassArchivePlan.text("a", 1, '-', 2L)).isEqualTo("a1-2");
    }
}
