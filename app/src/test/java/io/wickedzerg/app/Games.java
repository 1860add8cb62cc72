package io.wickedzerg.app;

import com.github.ocraft.s2client.protocol.game.Difficulty;
import com.github.ocraft.s2client.protocol.game.Race;
import io.wickedzerg.bot.core.FailurePolicy;
import io.wickedzerg.bot.game.BotRuntime;
import io.wickedzerg.bot.game.GameReport;
import io.wickedzerg.bot.game.MatchSpec;
import io.wickedzerg.bot.game.StepListener;
import io.wickedzerg.config.HybridConfig;
import java.nio.file.Path;

/** Full games against the in-process server, with manager failures failing the test. */
public final class Games {

    private Games() {
    }

    public static BotRuntime runtime(Path dataDir, String runId) {
        HybridConfig config = HybridConfig.builder().dataDir(dataDir).spoolDir(dataDir.resolve("spool")).build();
        return new BotRuntime(config, runId,
                new BotRuntime.Options(ProjectFiles.path("config"), null, FailurePolicy.RETHROW, null, new ChartWriter()),
                System::nanoTime);
    }

    public static GameReport play(BotRuntime runtime, String map, Race race, Difficulty difficulty, long seed) {
        // 20 game minutes: a game the bot has not won by then fails fast instead of running to the hour.
        MatchSpec spec = new MatchSpec(map, race, difficulty, seed, false, 2, 26_880);
        return new LocalMatchRunner().play(spec, runtime.session(spec, race + "-" + difficulty + "-" + seed),
                StepListener.NONE);
    }
}
