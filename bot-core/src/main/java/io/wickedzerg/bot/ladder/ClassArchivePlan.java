package io.wickedzerg.bot.ladder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How the AI Arena jar starts the bot: in this JVM, or in a child JVM that maps a class archive (class-data sharing)
 * of the bot's own classes. AI Arena starts {@code java -jar WickedZerg.jar} with no JVM flag of ours, and a flag is
 * the only way to use an archive; pinned to one CPU a start with it took 2.8 s against 3.6 s without (bot CPU 1.8 s
 * against 2.9 s), the parent JVM costing about 0.2 s of that gain. The archive is written by the JVM at the end of a
 * game played without one ({@code -XX:ArchiveClassesAtExit}) and kept under the data folder, which AI Arena keeps
 * between matches; its name carries the JVM's full version and the jar's path, size and time, because an archive
 * only fits the JVM build and the jar that wrote it (the JVM would quietly not use another, and never replace it).
 *
 * <p>The child also compiles with C1 only ({@value #JIT}) and collects with the serial collector ({@value #GC}): a
 * ladder game is one fresh JVM with a small heap, and in one the C2 compiler cost more than it returned. Side by side
 * in ladder games against {@code sim serve} (class archive mapped, 5 runs each against Easy and Hard), C1 only took
 * the bot's process CPU from 11.7-12.4 s to 5.4-5.9 s a game, its step-time p99 from about 1.0 to 0.7-0.76 ms and
 * the game's wall time by a fifth; the median step was within 0.01 ms. The serial collector then took the bot's CPU
 * from 6.9 to 5.8 s and the median step from 0.180 to 0.123 ms (5 runs each against Hard), the p99 the same; it is
 * what the JVM picks by itself on one CPU. A command line that chooses its own tiers or collector keeps them.
 *
 * @param command the child's command line; empty to run the bot in this JVM
 * @param archive the archive the child maps, or (while {@code pending} is set) the name it gets once written
 * @param pending where the child writes a new archive at exit; empty when it maps an existing one
 * @param reason why the bot runs in this JVM, when it does
 */
record ClassArchivePlan(List<String> command, Optional<Path> archive, Optional<Path> pending, String reason) {

    /** The environment variable that turns the child JVM off ({@code off}) or on ({@code on}, the default). */
    static final String SWITCH = "WZ_CLASS_ARCHIVE";
    /** Set on the child's command line, so the child runs the bot instead of starting another child. */
    static final String CHILD_PROPERTY = "wz.classArchive.child";
    /**
     * The child's main class: the launcher again, which sees {@link #CHILD_PROPERTY}, watches its parent and runs the
     * bot. Named as text: the parent JVM loads as few classes as it can.
     */
    static final String CHILD_MAIN = "io.wickedzerg.bot.ladder.ClassArchiveLauncher";
    /** The first JDK with {@code -XX:ArchiveClassesAtExit}. */
    static final int FIRST_FEATURE = 13;
    private static final List<String> USERS_OWN_CDS = List.of("-Xshare", "SharedArchiveFile", "ArchiveClassesAtExit",
            "AutoCreateSharedArchive", "DumpLoadedClassList", "SharedClassListFile");
    /** The child's compilers: C1 only (see above). */
    static final String JIT = "-XX:TieredStopAtLevel=1";
    /** The child's collector (see above). */
    static final String GC = "-XX:+UseSerialGC";
    private static final List<String> USERS_OWN_JIT = List.of("TieredStopAtLevel", "TieredCompilation");
    private static final List<String> USERS_OWN_GC = List.of("UseSerialGC", "UseParallelGC", "UseG1GC", "UseZGC",
            "UseShenandoahGC", "UseEpsilonGC");
    // the JVM's own notes about the archive (classes it cannot store, a jar that changed) would land in the bot's
    // log on every start; whether the archive was used shows in -Xlog:class+load for whoever wants to know
    private static final List<String> QUIET = List.of("-Xlog:cds*=off", "-Xlog:class+path=off");

    /** What the launcher knows of how it was started. */
    record Launch(List<String> commandLine, String[] programArgs, String javaHome, int javaFeature, String vmVersion,
            Path dataDir, JarStamp jar) {
    }

    /** The jar's absolute path, size and modification time, which the JVM checks against an archive's. */
    record JarStamp(Path absolutePath, long size, long modifiedMillis) {
    }

    static ClassArchivePlan inProcess(String reason) {
        return new ClassArchivePlan(List.of(), Optional.empty(), Optional.empty(), reason);
    }

    boolean runsChild() {
        return !command.isEmpty();
    }

    /**
     * Reads {@link #SWITCH}; anything but {@code on}, {@code off} or unset is bad input.
     *
     * @throws IllegalArgumentException naming the variable and its allowed values
     */
    static boolean switchedOn(Map<String, String> env) {
        String value = env.get(SWITCH);
        if (value == null || value.isBlank()) {
            return true;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException(SWITCH + " must be on or off, not '" + value + "'");
        };
    }

    /** The jar of a {@code java [options] -jar JAR args} command line; empty for any other form. */
    static Optional<String> jarOf(List<String> commandLine, String[] programArgs) {
        int jarFlag = commandLine.size() - programArgs.length - 2;
        return jarFlag >= 1 && commandLine.get(jarFlag).equals("-jar") ? Optional.of(commandLine.get(jarFlag + 1))
                : Optional.empty();
    }

    /** The folder of the archives, under the bot's data folder. */
    static Path folder(Path dataDir) {
        return dataDir.resolve("class-archive");
    }

    /**
     * The plan for a launch: a child when this JVM was started as {@code java [options] -jar JAR args}, is new
     * enough, and the user has not chosen class-data sharing flags of their own. Written without lambdas or
     * streams, which would cost the parent JVM their bootstrap on every start.
     *
     * @param finished whether a finished archive is at a path
     * @param pid this process's id, naming the archive being written so two bots never write the same file
     */
    static ClassArchivePlan of(Launch launch, Predicate<Path> finished, long pid) {
        List<String> line = launch.commandLine();
        Optional<String> jar = jarOf(line, launch.programArgs());
        if (jar.isEmpty()) {
            return inProcess("not started as java -jar");
        }
        if (launch.javaFeature() < FIRST_FEATURE) {
            return inProcess(text("Java ", launch.javaFeature(), " has no -XX:ArchiveClassesAtExit"));
        }
        List<String> jvmOptions = line.subList(1, line.size() - launch.programArgs().length - 2);
        for (String option : jvmOptions) {
            if (mentions(option, USERS_OWN_CDS)) {
                return inProcess(text("the command line sets its own class-data sharing (", option, ")"));
            }
        }
        String name = text("WickedZerg-java", fileNamePart(launch.vmVersion()), "-", launch.jar().size(), "-",
                launch.jar().modifiedMillis(), "-", Integer.toHexString(launch.jar().absolutePath().toString().hashCode()));
        Path archive = folder(launch.dataDir()).resolve(text(name, ".jsa"));
        Optional<Path> pending = finished.test(archive) ? Optional.empty()
                : Optional.of(folder(launch.dataDir()).resolve(text(name, ".", pid, ".tmp")));
        List<String> command = new ArrayList<>();
        command.add(Path.of(launch.javaHome(), "bin", "java").toString());
        command.addAll(jvmOptions);
        if (!mentionsAny(jvmOptions, USERS_OWN_JIT)) {
            command.add(JIT);
        }
        if (!mentionsAny(jvmOptions, USERS_OWN_GC)) {
            command.add(GC);
        }
        command.add(pending.isPresent() ? text("-XX:ArchiveClassesAtExit=", pending.get())
                : text("-XX:SharedArchiveFile=", archive));
        command.addAll(QUIET);
        command.add(text("-D", CHILD_PROPERTY, "=true"));
        command.add("-cp");
        command.add(jar.get());
        command.add(CHILD_MAIN);
        command.addAll(Arrays.asList(launch.programArgs()));
        return new ClassArchivePlan(List.copyOf(command), Optional.of(archive), pending, "");
    }

    private static boolean mentionsAny(List<String> options, List<String> names) {
        for (String option : options) {
            if (mentions(option, names)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(String option, List<String> names) {
        for (String name : names) {
            if (option.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** A version as part of a file name: letters, digits and dots kept, anything else an underscore. */
    static String fileNamePart(String version) {
        StringBuilder part = new StringBuilder(version.length());
        for (int i = 0; i < version.length(); i++) {
            char c = version.charAt(i);
            part.append(Character.isLetterOrDigit(c) && c < 128 || c == '.' ? c : '_');
        }
        return part.toString();
    }

    /**
     * Joins parts into a string. The parent JVM's code uses this instead of {@code +}, which compiles to an
     * invokedynamic whose first use costs a cold JVM tens of milliseconds.
     */
    static String text(Object... parts) {
        StringBuilder joined = new StringBuilder();
        for (Object part : parts) {
            joined.append(part);
        }
        return joined.toString();
    }
}
