package io.wickedzerg.bot.ladder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The flags AI Arena passes: {@code --LadderServer H --GamePort P --StartPort P [--OpponentId ID] [--RealTime]},
 * and how the bot plays, which a launcher may add in any order ({@code --build-order ID} or
 * {@code --strategy-file F}, and {@code --step-size N}, as {@code run.sh play} takes them), so our own jar can be
 * another strategy's opponent.
 * Parsed here because ocraft never hands {@code --OpponentId} to the agent.
 *
 * @param buildOrder   a build order id from config/build-orders to play; empty: the learner's choice
 * @param strategyFile a parameter set to play instead of the learner's; empty: the learner's
 * @param stepSize     game loops per bot step, 1..8; {@link #DEFAULT_STEP_SIZE} unless given
 */
public record LadderArgs(String ladderServer, int gamePort, int startPort, Optional<String> opponentId, boolean realtime,
                         Optional<String> buildOrder, Optional<Path> strategyFile, int stepSize) {

    static final List<String> FLAGS = List.of("--LadderServer", "--GamePort", "--StartPort", "--OpponentId", "--RealTime",
            "--build-order", "--strategy-file", "--step-size");

    /**
     * Two loops a step, as {@code run.sh play}, the learning runs and the soak play: the strategies the learner
     * chose were evaluated at that cadence, and it halves the round trips of a ladder game (a step every 89 ms of
     * game time; python-sc2's default is 4).
     */
    public static final int DEFAULT_STEP_SIZE = 2;

    /** The flags of AI Arena alone, the bot playing what the learner chooses. */
    public LadderArgs(String ladderServer, int gamePort, int startPort, Optional<String> opponentId, boolean realtime) {
        this(ladderServer, gamePort, startPort, opponentId, realtime, Optional.empty(), Optional.empty(), DEFAULT_STEP_SIZE);
    }

    public static LadderArgs parse(String[] args) {
        String server = null;
        Integer gamePort = null;
        Integer startPort = null;
        String opponent = null;
        boolean realtime = false;
        String buildOrder = null;
        Path strategyFile = null;
        int stepSize = DEFAULT_STEP_SIZE;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--RealTime" -> realtime = true;
                case "--LadderServer" -> server = value(args, ++i, flag);
                case "--GamePort" -> gamePort = port(value(args, ++i, flag), flag);
                case "--StartPort" -> startPort = port(value(args, ++i, flag), flag);
                case "--OpponentId" -> opponent = value(args, ++i, flag);
                case "--build-order" -> buildOrder = value(args, ++i, flag);
                case "--strategy-file" -> strategyFile = Path.of(value(args, ++i, flag));
                case "--step-size" -> stepSize = stepSize(value(args, ++i, flag));
                default -> throw new IllegalArgumentException("unknown ladder flag '" + flag + "'; allowed: "
                        + String.join(", ", FLAGS));
            }
        }
        if (server == null || gamePort == null || startPort == null) {
            throw new IllegalArgumentException("ladder mode needs --LadderServer, --GamePort and --StartPort");
        }
        if (buildOrder != null && strategyFile != null) {
            throw new IllegalArgumentException("--build-order: not with --strategy-file; the strategy file's build_order "
                    + "says what to play");
        }
        return new LadderArgs(server, gamePort, startPort, Optional.ofNullable(opponent), realtime,
                Optional.ofNullable(buildOrder), Optional.ofNullable(strategyFile), stepSize);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }

    private static int stepSize(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n < 1 || n > 8) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--step-size must be 1..8 game loops, was '" + text + "'");
        }
    }

    private static int port(String text, String flag) {
        try {
            int p = Integer.parseInt(text);
            if (p < 1 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a port 1..65535, was '" + text + "'");
        }
    }

    /** What ocraft's strict ladder parser accepts: everything but {@code --OpponentId}. */
    public String[] forOcraft() {
        List<String> out = new ArrayList<>(List.of("--LadderServer", ladderServer, "--GamePort", String.valueOf(gamePort),
                "--StartPort", String.valueOf(startPort)));
        if (realtime) {
            out.add("--RealTime");
        }
        return out.toArray(String[]::new);
    }
}
