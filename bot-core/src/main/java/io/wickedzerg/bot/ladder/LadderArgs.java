package io.wickedzerg.bot.ladder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The flags AI Arena passes: {@code --LadderServer H --GamePort P --StartPort P [--OpponentId ID] [--RealTime]}.
 * Parsed here because ocraft never hands {@code --OpponentId} to the agent.
 */
public record LadderArgs(String ladderServer, int gamePort, int startPort, Optional<String> opponentId, boolean realtime) {

    static final List<String> FLAGS = List.of("--LadderServer", "--GamePort", "--StartPort", "--OpponentId", "--RealTime");

    public static LadderArgs parse(String[] args) {
        String server = null;
        Integer gamePort = null;
        Integer startPort = null;
        String opponent = null;
        boolean realtime = false;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--RealTime" -> realtime = true;
                case "--LadderServer" -> server = value(args, ++i, flag);
                case "--GamePort" -> gamePort = port(value(args, ++i, flag), flag);
                case "--StartPort" -> startPort = port(value(args, ++i, flag), flag);
                case "--OpponentId" -> opponent = value(args, ++i, flag);
                default -> throw new IllegalArgumentException("unknown ladder flag '" + flag + "'; allowed: "
                        + String.join(", ", FLAGS));
            }
        }
        if (server == null || gamePort == null || startPort == null) {
            throw new IllegalArgumentException("ladder mode needs --LadderServer, --GamePort and --StartPort");
        }
        return new LadderArgs(server, gamePort, startPort, Optional.ofNullable(opponent), realtime);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
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
