package io.wickedzerg.bot.wire;

import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Units;

/**
 * ocraft's unit and ability enums carry the ids of one game build in static tables, which ocraft's own client
 * remaps once it learns the game's base build from a ping. The bot names units and abilities by those enums, so
 * the wire client must see the same tables. The remap is not idempotent, and an ocraft client in the same JVM
 * may already have applied it, so this looks at the tables before it changes them.
 */
public final class IdTables {

    /** The first build whose ids ocraft remaps to 19xx, and the new id an old one moves to there. */
    private static final int LATE_BUILD = 81009;
    private static final int LATE_PROBE = 1995;
    private static final int EARLY_BUILD = 75689;
    private static final int EARLY_PROBE = 1960;

    private IdTables() {
    }

    /** Makes ocraft's tables those of {@code baseBuild} unless they already are. */
    public static synchronized void matchBuild(int baseBuild) {
        int probe = baseBuild >= LATE_BUILD ? LATE_PROBE : baseBuild >= EARLY_BUILD ? EARLY_PROBE : 0;
        if (probe == 0 || Units.from(probe).getClass() == Units.class) {
            return;
        }
        Units.remapForBuild(baseBuild);
        Abilities.remapForBuild(baseBuild);
    }
}
