package io.wickedzerg.bot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.model.OrderView;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.testing.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sink against python-sc2, the client most ladder bots run on: for every ability the bot's code
 * names, the sink merges two units' identical orders exactly when python-sc2 would
 * ({@code COMBINEABLE_ABILITIES} in {@code sc2/constants.py}). Reads python-sc2 from
 * {@code ../shared/python-sc2} beside the project; skipped when it is not there.
 */
class GroupAbilitiesTest {

    private static final Pattern SET = Pattern.compile("COMBINEABLE_ABILITIES[^=]*=\\s*\\{([^}]*)}");
    private static final Pattern MEMBER = Pattern.compile("AbilityId\\.([A-Z0-9_]+)");
    private static final Pattern ID = Pattern.compile("(?m)^\\s+([A-Z0-9_]+) = (\\d+)\\s*$");
    private static final Pattern USED = Pattern.compile("\\bAbilities\\.([A-Z][A-Z0-9_]*)\\b");

    private static Set<Integer> combineable;

    @BeforeAll
    static void readPythonSc2() throws IOException {
        Path root = ProjectFiles.root().resolve("../shared/python-sc2").normalize();
        assumeTrue(Files.isDirectory(root), "python-sc2 not found at " + root + "; the comparison is skipped");
        Map<String, Integer> ids = new HashMap<>();
        Matcher id = ID.matcher(Files.readString(root.resolve("sc2/ids/ability_id.py")));
        while (id.find()) {
            ids.put(id.group(1), Integer.parseInt(id.group(2)));
        }
        Matcher set = SET.matcher(Files.readString(root.resolve("sc2/constants.py")));
        assertThat(set.find()).as("COMBINEABLE_ABILITIES in sc2/constants.py").isTrue();
        combineable = new TreeSet<>();
        Matcher member = MEMBER.matcher(set.group(1));
        while (member.find()) {
            assertThat(ids).as("ability_id.py names " + member.group(1)).containsKey(member.group(1));
            combineable.add(ids.get(member.group(1)));
        }
        assertThat(combineable).as("python-sc2's list as read").hasSizeGreaterThan(10);
    }

    /** Every ability the bot's main code names, e.g. {@code Abilities.TRAIN_DRONE}. */
    private static Set<Abilities> usedByTheBot() throws IOException {
        Path sources = ProjectFiles.path("bot-core/src/main/java");
        Set<Abilities> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = USED.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(Abilities.valueOf(m.group(1)));
                }
            }
        }
        return used;
    }

    /** A unit on its way somewhere, so that no order of the bot's is a repeat the sink drops (stop on idle). */
    private static UnitView busy(long tag) {
        return UnitView.builder(tag, Units.ZERG_ZERGLING).order(OrderView.at(Abilities.SMART, new Point2(99, 99))).build();
    }

    @Test
    void theSinkMergesExactlyWhatPythonSc2MergesForEveryAbilityTheBotUses() throws IOException {
        Set<Abilities> used = usedByTheBot();
        assertThat(used).as("the scan finds the bot's orders").contains(Abilities.TRAIN_DRONE, Abilities.ATTACK);

        Map<Abilities, Integer> actionsForTwoUnits = new HashMap<>();
        for (Abilities ability : used) {
            CommandSink sink = new CommandSink();
            sink.issue(busy(1), ability);
            sink.issue(busy(2), ability);
            actionsForTwoUnits.put(ability, sink.flush(commands -> { }).size());
        }

        Map<Abilities, Integer> expected = used.stream().collect(Collectors.toMap(a -> a,
                a -> combineable.contains(a.getAbilityId()) ? 1 : 2));
        assertThat(actionsForTwoUnits).isEqualTo(expected);
    }

    @Test
    void theSinkNeverMergesAnAbilityPythonSc2SendsOneUnitAtATime() {
        assertThat(combineable).containsAll(GroupAbilities.ids());
    }
}
