package io.wickedzerg.app.learn;

import io.wickedzerg.app.soak.ParallelGames;
import io.wickedzerg.optimiser.Optimiser;
import io.wickedzerg.optimiser.ParameterSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Plays a learn run to its end from wherever its journal stands: the training generations (every candidate's
 * games of a generation at once, a few at a time; a generation is bred when its last game is recorded), then the
 * evaluation of the final best, the initial median and the defaults on fresh seeds, then the report. Each game is
 * appended to the journal and recorded in the optimiser (whose state is stored) as it ends, so an interrupted run
 * resumes with only its unfinished games to play again.
 */
final class LearnRun {

    private final LearnSettings settings;
    private final LearnPlan plan;
    private final ParameterSpace space;
    private final RunFolder folder;
    private final Journal journal;
    private final Optimiser optimiser;
    private final GamePlayer player;
    private final ParallelGames games;
    private final LearnProgress progress;
    private final LongSupplier nanoClock;
    private Training training;

    LearnRun(LearnSettings settings, LearnPlan plan, ParameterSpace space, RunFolder folder, Journal journal,
             Optimiser optimiser, GamePlayer player, int parallel, LearnProgress progress, LongSupplier nanoClock) {
        this.settings = settings;
        this.plan = plan;
        this.space = space;
        this.folder = folder;
        this.journal = journal;
        this.optimiser = optimiser;
        this.player = player;
        this.games = new ParallelGames(parallel);
        this.progress = progress;
        this.nanoClock = nanoClock;
    }

    LearnReport run() throws Exception {
        long started = nanoClock.getAsLong();
        training = Training.replay(optimiser, space, settings, journal.records());
        folder.writeState(training.state());
        while (!training.done(settings.generations())) {
            String where = String.format(Locale.ROOT, "generation %d (%d of %d)", training.state().generation(),
                    training.state().generation() + 1, settings.generations());
            games.run(training.pending(plan), player::play, (task, game) -> {
                journal.append(game);
                Training.Step step = training.record(optimiser, game);
                training = step.training();
                folder.writeState(training.state());
                progress.game(game, where, trainingStanding());
                step.completed().ifPresent(g -> progress.generation(g, settings.generations()));
            });
        }
        List<Contender> contenders = Contender.of(training, space);
        games.run(evaluationToPlay(contenders), player::play, (task, game) -> {
            journal.append(game);
            progress.game(game, "evaluation", evaluationStanding(contenders));
        });
        LearnReport report = new LearnReport(settings, plan.maps(), training.history(),
                EvaluationResult.of(contenders, journal.records()), journal.records(),
                (nanoClock.getAsLong() - started) / 1e9);
        folder.writeReport(report);
        return report;
    }

    /** Game by game (each contender's game 1, then each one's game 2, ...), so a cut-short evaluation stays even. */
    private List<LearnTask> evaluationToPlay(List<Contender> contenders) {
        Set<String> played = journal.records().stream().map(GameRecord::key).collect(Collectors.toSet());
        List<List<LearnTask>> byContender = contenders.stream().map(c -> c.tasks(plan.evaluation())).toList();
        List<LearnTask> tasks = new ArrayList<>();
        for (int game = 0; game < settings.evalGames(); game++) {
            for (List<LearnTask> of : byContender) {
                if (!played.contains(of.get(game).key())) {
                    tasks.add(of.get(game));
                }
            }
        }
        return tasks;
    }

    private String trainingStanding() {
        List<GameRecord> trained = journal.records().stream().filter(r -> r.phase() == LearnTask.Phase.TRAINING).toList();
        long wins = trained.stream().filter(GameRecord::won).count();
        return String.format(Locale.ROOT, "training win rate %.0f %% (%d/%d)", 100.0 * wins / trained.size(), wins,
                trained.size());
    }

    private String evaluationStanding(List<Contender> contenders) {
        List<String> parts = new ArrayList<>();
        for (Contender c : contenders) {
            List<GameRecord> played = journal.records().stream()
                    .filter(r -> r.phase() == LearnTask.Phase.EVALUATION && r.player().equals(c.name())).toList();
            parts.add(c.name() + " " + played.stream().filter(GameRecord::won).count() + "/" + played.size());
        }
        return "won: " + String.join(", ", parts);
    }
}
