package io.wickedzerg.services.settings;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What one service process runs with. Built from {@link LoadedSettings} by {@link #of}, or directly
 * in tests.
 *
 * @param databaseUrl a JDBC URL; SQLite under {@code dataDir} unless one was given
 */
public record ServiceSettings(ServiceName service, String bindAddress, int port, Path dataDir, String databaseUrl,
                              String databaseUser, Secret databasePassword, int databasePoolSize,
                              Optional<Secret> apiKey, RequestLimits limits, Optional<TlsSettings> tls,
                              Optional<URI> registryUrl, Optional<URI> advertisedUrl, Duration registrationTtl,
                              Optional<URI> logShipUrl, Duration shutdownGrace) {

    /** A service on loopback with an embedded SQLite file under {@code dataDir}: what tests start from. */
    public static ServiceSettings local(ServiceName service, int port, Path dataDir) {
        return new ServiceSettings(service, "127.0.0.1", port, dataDir, sqliteUnder(dataDir, service), "",
                Secret.of(""), 4, Optional.empty(), RequestLimits.defaults(), Optional.empty(), Optional.empty(),
                Optional.empty(), Duration.ofSeconds(30), Optional.empty(), Duration.ofSeconds(10));
    }

    /** Starts from {@link #local}; change what differs and {@link Builder#build()}. */
    public static Builder builder(ServiceName service, int port, Path dataDir) {
        return local(service, port, dataDir).toBuilder();
    }

    /** A builder holding these settings, to derive others from them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public static ServiceSettings of(ServiceName service, LoadedSettings loaded) {
        Path dataDir = (Path) loaded.value(ServiceSetting.DATA_DIR);
        int port = (int) loaded.value(ServiceSetting.portOf(service));
        String db = ((String) loaded.value(ServiceSetting.DATABASE_URL)).trim();
        Secret key = (Secret) loaded.value(ServiceSetting.API_KEY);
        RequestLimits limits = new RequestLimits((long) loaded.value(ServiceSetting.MAX_BODY_BYTES),
                (long) loaded.value(ServiceSetting.MAX_INFLATED_BYTES),
                (int) loaded.value(ServiceSetting.MAX_EVENTS_PER_BATCH),
                (int) loaded.value(ServiceSetting.MAX_FIELD_CHARS));
        return new ServiceSettings(service, (String) loaded.value(ServiceSetting.BIND_ADDRESS), port, dataDir,
                databaseUrl(db, dataDir, service, loaded.source(ServiceSetting.DATABASE_URL)),
                (String) loaded.value(ServiceSetting.DATABASE_USER),
                (Secret) loaded.value(ServiceSetting.DATABASE_PASSWORD),
                (int) loaded.value(ServiceSetting.DATABASE_POOL_SIZE),
                key.reveal().isEmpty() ? Optional.empty() : Optional.of(key), limits, tls(loaded),
                url(loaded, ServiceSetting.REGISTRY_URL), url(loaded, ServiceSetting.ADVERTISED_URL),
                (Duration) loaded.value(ServiceSetting.REGISTRATION_TTL), url(loaded, ServiceSetting.LOG_SHIP_URL),
                (Duration) loaded.value(ServiceSetting.SHUTDOWN_GRACE));
    }

    private static String databaseUrl(String given, Path dataDir, ServiceName service, String source) {
        if (given.isEmpty()) {
            return sqliteUnder(dataDir, service);
        }
        if (given.startsWith("jdbc:sqlite:") || given.startsWith("jdbc:postgresql:")) {
            return given;
        }
        if (given.startsWith("jdbc:")) {
            throw new BadSettingException(source + ": database_url: '" + given.split("\\?")[0]
                    + "' is not a supported database; allowed: jdbc:sqlite:<file> or jdbc:postgresql://host/db");
        }
        return "jdbc:sqlite:" + Path.of(given); // a plain path is an SQLite file
    }

    private static String sqliteUnder(Path dataDir, ServiceName service) {
        return "jdbc:sqlite:" + dataDir.resolve("services").resolve(service.wireName() + ".db");
    }

    private static Optional<TlsSettings> tls(LoadedSettings loaded) {
        Object keyStore = loaded.value(ServiceSetting.TLS_KEYSTORE);
        Object cert = loaded.value(ServiceSetting.TLS_CERT);
        Object key = loaded.value(ServiceSetting.TLS_KEY);
        if (keyStore instanceof Path store) {
            if (cert instanceof Path) {
                throw new BadSettingException(loaded.source(ServiceSetting.TLS_CERT)
                        + ": tls_cert: give either tls_keystore or tls_cert with tls_key, not both");
            }
            return Optional.of(TlsSettings.pkcs12(store, (Secret) loaded.value(ServiceSetting.TLS_KEYSTORE_PASSWORD)));
        }
        if (cert instanceof Path certificate) {
            if (!(key instanceof Path privateKey)) {
                throw new BadSettingException(loaded.source(ServiceSetting.TLS_CERT)
                        + ": tls_cert: needs tls_key (SERVICE_TLS_KEY), the PEM private key");
            }
            return Optional.of(TlsSettings.pem(certificate, privateKey));
        }
        if (key instanceof Path) {
            throw new BadSettingException(loaded.source(ServiceSetting.TLS_KEY)
                    + ": tls_key: needs tls_cert (SERVICE_TLS_CERT), the PEM certificate chain");
        }
        return Optional.empty();
    }

    private static Optional<URI> url(LoadedSettings loaded, ServiceSetting setting) {
        return loaded.value(setting) instanceof URI uri ? Optional.of(uri) : Optional.empty();
    }

    /** The scheme, given TLS or not. */
    public String scheme() {
        return tls.isPresent() ? "https" : "http";
    }

    /**
     * Settings that differ from a starting point in a few values. The data directory and the service stay
     * those of the starting point: the default SQLite URL was derived from them.
     */
    public static final class Builder {

        private final ServiceName service;
        private final Path dataDir;
        private String bindAddress;
        private int port;
        private String databaseUrl;
        private String databaseUser;
        private Secret databasePassword;
        private int databasePoolSize;
        private Optional<Secret> apiKey;
        private RequestLimits limits;
        private Optional<TlsSettings> tls;
        private Optional<URI> registryUrl;
        private Optional<URI> advertisedUrl;
        private Duration registrationTtl;
        private Optional<URI> logShipUrl;
        private Duration shutdownGrace;

        private Builder(ServiceSettings from) {
            service = from.service;
            dataDir = from.dataDir;
            bindAddress = from.bindAddress;
            port = from.port;
            databaseUrl = from.databaseUrl;
            databaseUser = from.databaseUser;
            databasePassword = from.databasePassword;
            databasePoolSize = from.databasePoolSize;
            apiKey = from.apiKey;
            limits = from.limits;
            tls = from.tls;
            registryUrl = from.registryUrl;
            advertisedUrl = from.advertisedUrl;
            registrationTtl = from.registrationTtl;
            logShipUrl = from.logShipUrl;
            shutdownGrace = from.shutdownGrace;
        }

        public Builder bindAddress(String address) {
            bindAddress = address;
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int newPort) {
            port = newPort;
            return this;
        }

        /** A JDBC URL (jdbc:sqlite:… or jdbc:postgresql://…) with its user and password. */
        public Builder database(String url, String user, Secret password) {
            databaseUrl = url;
            databaseUser = user;
            databasePassword = password;
            return this;
        }

        public Builder databasePoolSize(int size) {
            databasePoolSize = size;
            return this;
        }

        /** Every /api/* request then needs {@code Authorization: Bearer <key>}. */
        public Builder apiKey(String key) {
            apiKey = Optional.of(Secret.of(key));
            return this;
        }

        public Builder limits(RequestLimits newLimits) {
            limits = newLimits;
            return this;
        }

        /** Serve https only, with this certificate. */
        public Builder tls(TlsSettings newTls) {
            tls = Optional.of(newTls);
            return this;
        }

        /** Register with this registry, to be kept for {@code ttl} without a heartbeat. */
        public Builder registry(URI registry, Duration ttl) {
            registryUrl = Optional.of(registry);
            registrationTtl = ttl;
            return this;
        }

        /** The URL given to the registry, instead of the one derived from the bind address and port. */
        public Builder advertisedUrl(URI url) {
            advertisedUrl = Optional.of(url);
            return this;
        }

        /** Ship WARN/ERROR lines to this telemetry service. */
        public Builder logShipUrl(URI telemetry) {
            logShipUrl = Optional.of(telemetry);
            return this;
        }

        /** The longest wait for in-flight requests at shutdown. */
        public Builder shutdownGrace(Duration grace) {
            shutdownGrace = grace;
            return this;
        }

        public ServiceSettings build() {
            return new ServiceSettings(service, bindAddress, port, dataDir, databaseUrl, databaseUser,
                    databasePassword, databasePoolSize, apiKey, limits, tls, registryUrl, advertisedUrl,
                    registrationTtl, logShipUrl, shutdownGrace);
        }
    }
}
