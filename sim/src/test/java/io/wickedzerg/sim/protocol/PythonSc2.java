package io.wickedzerg.sim.protocol;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.wickedzerg.sim.testing.PythonSc2Process;

/**
 * Facts read from python-sc2's sources (the real game's rules as a second client keeps them), never copied: ability
 * ids by name, the specific-to-generic ability redirects, and {@code COMBINEABLE_ABILITIES}. The sources are found at
 * env {@code PYTHON_SC2}, else {@code ../shared/python-sc2} beside the project; tests that need them are skipped,
 * naming the path, when they are absent.
 */
final class PythonSc2 {
    private static final Pattern ABILITY = Pattern.compile("^\\s+([A-Z0-9_]+) = (\\d+)\\s*$", Pattern.MULTILINE);
    private static final Pattern REDIRECT = Pattern.compile("AbilityId\\.([A-Z0-9_]+): AbilityId\\.([A-Z0-9_]+),");
    private static final Pattern COMBINEABLE = Pattern.compile("COMBINEABLE_ABILITIES[^{]*\\{([^}]*)}");
    private static final Pattern NAME = Pattern.compile("AbilityId\\.([A-Z0-9_]+)");

    private final Map<String, Integer> idsByName;
    private final Map<Integer, Integer> genericOf;
    private final Set<Integer> combineable;

    private PythonSc2(Path root) {
        idsByName = new HashMap<>();
        Matcher ids = ABILITY.matcher(read(root.resolve("sc2/ids/ability_id.py")));
        while (ids.find()) {
            idsByName.put(ids.group(1), Integer.parseInt(ids.group(2)));
        }
        genericOf = new HashMap<>();
        Matcher redirects = REDIRECT.matcher(read(root.resolve("sc2/dicts/generic_redirect_abilities.py")));
        while (redirects.find()) {
            genericOf.put(id(redirects.group(1)), id(redirects.group(2)));
        }
        Matcher block = COMBINEABLE.matcher(read(root.resolve("sc2/constants.py")));
        if (!block.find()) {
            throw new IllegalStateException("no COMBINEABLE_ABILITIES in " + root.resolve("sc2/constants.py"));
        }
        combineable = new TreeSet<>();
        Matcher names = NAME.matcher(block.group(1));
        while (names.find()) {
            combineable.add(id(names.group(1)));
        }
    }

    /** python-sc2's facts, or a skipped test (JUnit assumption) naming where they were looked for. */
    static PythonSc2 load() {
        Path root = locate();
        assumeTrue(Files.isRegularFile(root.resolve("sc2/constants.py")),
                "python-sc2 not found at " + root + "; set PYTHON_SC2 to its folder (the one holding sc2/constants.py)");
        return new PythonSc2(root);
    }

    /** The abilities python-sc2 lets several units share one command: ids as listed, generic forms. */
    Set<Integer> combineable() {
        return combineable;
    }

    /** Whether python-sc2 would send this ability for several units in one command (its generic form counts). */
    boolean combines(int abilityId) {
        return combineable.contains(abilityId) || combineable.contains(genericOf.getOrDefault(abilityId, abilityId));
    }

    int id(String name) {
        Integer id = idsByName.get(name);
        if (id == null) {
            throw new IllegalStateException("python-sc2 has no AbilityId." + name);
        }
        return id;
    }

    /** Where python-sc2 is looked for: env {@code PYTHON_SC2}, else {@code ../shared/python-sc2} beside the project. */
    static Path locate() {
        return PythonSc2Process.folder();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
