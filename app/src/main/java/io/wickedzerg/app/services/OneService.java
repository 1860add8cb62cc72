package io.wickedzerg.app.services;

import io.javalin.util.JavalinBindException;
import io.wickedzerg.services.dashboard.DashboardSettings;
import io.wickedzerg.services.learning.LearningSettings;
import io.wickedzerg.services.runtime.RunningService;
import io.wickedzerg.services.settings.LoadedSettings;
import io.wickedzerg.services.settings.ServiceName;
import io.wickedzerg.services.settings.ServiceSettings;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One service in the foreground until Ctrl-C or SIGTERM. */
final class OneService {

    private static final Logger LOG = LoggerFactory.getLogger(OneService.class);

    private final ServiceName name;
    private final LoadedSettings loaded;
    private final PrintWriter out;
    private final PrintWriter err;

    OneService(ServiceName name, LoadedSettings loaded, PrintWriter out, PrintWriter err) {
        this.name = name;
        this.loaded = loaded;
        this.out = out;
        this.err = err;
    }

    int run() throws InterruptedException {
        ServiceSettings settings = ServiceSettings.of(name, loaded);
        LOG.info("{} settings:\n{}", name.wireName(), loaded.describe());
        RunningService service;
        try {
            service = switch (name) {
                case DASHBOARD -> RunningService.dashboard(settings, DashboardSettings.of(loaded, settings),
                        Clock.systemUTC());
                case LEARNING -> RunningService.learning(settings, LearningSettings.of(loaded), Clock.systemUTC());
                default -> RunningService.start(settings, Clock.systemUTC());
            };
        } catch (RuntimeException e) {
            if (isBindFailure(e)) {
                LOG.debug("{} could not listen", name.wireName(), e);
                err.println("services: " + name.wireName() + ": port " + settings.port() + " is already in use on "
                        + settings.bindAddress() + "; stop what uses it, or pick another with --port or "
                        + name.name() + "_PORT");
                err.flush();
                return ServicesCommand.EXIT_BAD_INPUT;
            }
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, name.wireName() + "-shutdown"));
        out.println(name.wireName() + " listening on " + service.baseUrl() + (name == ServiceName.DASHBOARD ? "/"
                : " (database " + settings.databaseUrl().split("\\?")[0] + ")"));
        out.flush();
        stopped.await();
        return 0;
    }

    static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JavalinBindException || t instanceof java.net.BindException) {
                return true;
            }
        }
        return false;
    }
}
