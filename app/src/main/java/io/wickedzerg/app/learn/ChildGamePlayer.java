package io.wickedzerg.app.learn;

import io.wickedzerg.app.soak.SoakChild;
import io.wickedzerg.app.soak.SoakGame;
import io.wickedzerg.app.soak.SoakOutcome;
import io.wickedzerg.bot.strategy.StrategyFile;
import io.wickedzerg.clients.learning.StrategyModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Plays a learn game as the soak does, in a fresh JVM of this build ({@code play}, local mode, everything in the
 * game's folder), told what to play by a strategy file written into that folder first.
 */
final class ChildGamePlayer implements GamePlayer {

    private final SoakChild child;
    private final RunFolder folder;
    private final String difficulty;
    private final LongSupplier nanoClock;

    ChildGamePlayer(SoakChild child, RunFolder folder, String difficulty, LongSupplier nanoClock) {
        this.child = child;
        this.folder = folder;
        this.difficulty = difficulty;
        this.nanoClock = nanoClock;
    }

    @Override
    public GameRecord play(LearnTask task) throws Exception {
        Path dir = folder.gameDir(task);
        Path strategy = dir.resolve("strategy.json");
        StrategyFile.write(strategy, new StrategyModel(task.version(), task.genome().parameters(),
                task.genome().buildOrder()));
        GameCondition c = task.condition();
        SoakGame game = new SoakGame(task.game() + 1, c.seed(), c.race(), c.map(), difficulty, false);
        long started = nanoClock.getAsLong();
        SoakOutcome o = child.play(game, dir, List.of("--strategy-file", strategy.toAbsolutePath().toString()));
        return GameRecord.of(task, difficulty, o.kind().name().toLowerCase(Locale.ROOT), o.result(), o.gameSeconds(),
                o.killedValue(), o.lostValue(), Math.round((nanoClock.getAsLong() - started) / 1e8) / 10.0, o.wallSeconds(),
                o.problem(),
                folder.dir().relativize(dir).toString());
    }
}
