package io.wickedzerg.app.services;

import io.wickedzerg.services.db.DatabaseUnavailableException;
import io.wickedzerg.services.settings.BadSettingException;
import io.wickedzerg.services.settings.LoadedSettings;
import io.wickedzerg.services.settings.ServiceName;
import io.wickedzerg.services.settings.ServiceSetting;
import io.wickedzerg.services.settings.ServiceSettingsLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code services}: every service of the design, each in its own process under a supervisor that
 * restarts one that dies; {@code services telemetry|learning|registry|dashboard}: one service in the foreground.
 */
@Command(name = "services", mixinStandardHelpOptions = true,
        description = {"Run the services: with no name, every one (telemetry on 8001, learning on 8002, registry on 8003,"
                + " dashboard on 8000), each in its own"
                + " process under a supervisor that restarts a service that dies; with a name, that one in the"
                + " foreground. Ctrl-C or SIGTERM stops them cleanly.",
                "Settings: defaults < --config JSON < environment (SERVICE_*, TELEMETRY_PORT, REGISTRY_PORT, DASHBOARD_*,"
                        + " LEARNING_*) < flags;"
                        + " see the README's services section."})
public final class ServicesCommand implements Callable<Integer> {

    static final int EXIT_BAD_INPUT = 2;
    private static final Logger LOG = LoggerFactory.getLogger(ServicesCommand.class);

    @Parameters(index = "0", arity = "0..1", paramLabel = "SERVICE",
            description = "telemetry, learning, registry or dashboard; omit for all of them under the supervisor")
    String service;

    @Option(names = "--port", description = "port of the one service (0 = any free port)")
    Integer port;

    @Option(names = "--db", paramLabel = "URL_OR_FILE",
            description = "database: a JDBC URL (jdbc:postgresql://host/db, jdbc:sqlite:file) or an SQLite file path")
    String db;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "address to listen on (default 127.0.0.1)")
    String bind;

    @Option(names = "--config", paramLabel = "FILE", description = "a JSON file of service settings")
    Path config;

    @Option(names = "--registry-url", paramLabel = "URL", description = "register with this registry")
    String registryUrl;

    @Option(names = "--log-ship-url", paramLabel = "URL", description = "ship WARN/ERROR lines to this telemetry service")
    String logShipUrl;

    @Option(names = "--supervisor-port", defaultValue = "8009",
            description = "all services: the supervisor's /health and /metrics port (default ${DEFAULT-VALUE})")
    int supervisorPort;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Map<String, String> env;
    private final Path workingDir;

    public ServicesCommand() {
        this(System.getenv(), Path.of("").toAbsolutePath());
    }

    /**
     * @param env        what settings read instead of the process environment
     * @param workingDir run.sh's folder: the children run there and read config/logback-services.xml from it
     */
    ServicesCommand(Map<String, String> env, Path workingDir) {
        this.env = env;
        this.workingDir = workingDir;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (config != null && !Files.isRegularFile(config)) {
                throw new BadSettingException("flag --config: " + config + " is not a readable file");
            }
            if (service == null || service.equalsIgnoreCase("all")) {
                if (port != null) {
                    throw new BadSettingException("flag --port: names one service's port; for all services use"
                            + " TELEMETRY_PORT / LEARNING_PORT / REGISTRY_PORT / DASHBOARD_PORT or the JSON keys"
                            + " telemetry_port / learning_port / registry_port / dashboard_port");
                }
                return allServices(out, err).run();
            }
            ServiceName name = ServiceName.parse(service).orElseThrow(() -> new BadSettingException("SERVICE: '"
                    + service + "' is not a service; allowed: " + ServiceName.allowedValues() + ", or none for all"));
            return new OneService(name, settings(), out, err).run();
        } catch (BadSettingException e) {
            err.println("services: " + e.getMessage());
            err.flush();
            return EXIT_BAD_INPUT;
        } catch (DatabaseUnavailableException e) {
            LOG.error("services: database", e);
            err.println("services: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    /** Every service under the supervisor, as these flags and the environment ask. */
    AllServices allServices(PrintWriter out, PrintWriter err) throws IOException {
        LoadedSettings loaded = settings();
        // WZ_LOG_DIR moves every log (logback reads it); else the services' logs live under the data directory
        Path logs = Optional.ofNullable(env.get("WZ_LOG_DIR")).filter(dir -> !dir.isBlank()).map(Path::of)
                .orElse(((Path) loaded.value(ServiceSetting.DATA_DIR)).resolve("logs"));
        return new AllServices(loaded, out, err, new AllServices.Launch(workingDir,
                workingDir.resolve("config").resolve("logback-services.xml"),
                workingDir.resolve(logs).resolve("services"), supervisorPort, childFlags()));
    }

    private LoadedSettings settings() {
        Map<ServiceSetting, ServiceSettingsLoader.Flag> flags = new EnumMap<>(ServiceSetting.class);
        if (port != null) {
            ServiceName name = ServiceName.parse(service).orElseThrow();
            flags.put(ServiceSetting.portOf(name), new ServiceSettingsLoader.Flag("--port", Integer.toString(port)));
        }
        put(flags, ServiceSetting.DATABASE_URL, "--db", db);
        put(flags, ServiceSetting.BIND_ADDRESS, "--bind", bind);
        put(flags, ServiceSetting.REGISTRY_URL, "--registry-url", registryUrl);
        put(flags, ServiceSetting.LOG_SHIP_URL, "--log-ship-url", logShipUrl);
        return new ServiceSettingsLoader().load(Optional.ofNullable(config), env, flags);
    }

    /** Flags every child gets as they were given here (the environment is inherited). */
    private java.util.List<String> childFlags() {
        java.util.List<String> flags = new java.util.ArrayList<>();
        if (config != null) {
            flags.addAll(java.util.List.of("--config", config.toAbsolutePath().toString()));
        }
        if (db != null) {
            flags.addAll(java.util.List.of("--db", db));
        }
        if (bind != null) {
            flags.addAll(java.util.List.of("--bind", bind));
        }
        return flags;
    }

    private static void put(Map<ServiceSetting, ServiceSettingsLoader.Flag> flags, ServiceSetting setting, String name,
                            String value) {
        if (value != null) {
            flags.put(setting, new ServiceSettingsLoader.Flag(name, value));
        }
    }
}
