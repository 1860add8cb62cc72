package io.wickedzerg.bot.ladder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Loads, on a daemon thread, the classes the ladder bot needs to connect, join and play (ocraft,
 * Vert.x, netty, RxJava, protobuf), while the main thread reads its config and builds its runtime.
 *
 * <p>Why: ocraft checks whether its websocket is up right after starting it and then once a second
 * ({@code S2Client.untilReady}). A cold JVM needed more than a second to load the connection's classes, so the
 * bot waited for the second check: about 1 s of a 4-5 s start. The classes are only loaded, not initialised, so
 * no static initialiser runs early or on this thread; a name that is gone (a dependency changed) is skipped.
 * The list is {@value #LIST}, written by {@code bench/profile/ladder_warm_up_list.py} from a class-load log of a
 * run with {@code -D}{@value #OFF}{@code =false}, so the log shows what the game itself loads and when.
 */
final class ConnectWarmUp {

    static final String LIST = "ladder-warm-up.txt";
    /** The system property that turns the warm-up off ({@code false}), to regenerate the list. */
    static final String OFF = "wz.ladderWarmUp";

    private final ClassLoader loader;

    ConnectWarmUp(ClassLoader loader) {
        this.loader = loader;
    }

    /** Starts loading the listed classes on a daemon thread and returns it. */
    Thread start() {
        boolean on = !"false".equals(System.getProperty(OFF));
        Thread thread = new Thread(() -> load(on ? classNames() : List.of()), "ladder-warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Loads each class without initialising it; returns how many were found. */
    int load(List<String> names) {
        int loaded = 0;
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError gone) {
                // a stale entry costs nothing but its lookup; the game loads what it needs itself
            }
        }
        return loaded;
    }

    List<String> classNames() {
        try (InputStream in = loader.getResourceAsStream(LIST)) {
            if (in == null) {
                return List.of();
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
