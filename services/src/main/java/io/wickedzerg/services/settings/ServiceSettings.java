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

    public ServiceSettings withPort(int newPort) {
        return new ServiceSettings(service, bindAddress, newPort, dataDir, databaseUrl, databaseUser, databasePassword,
                databasePoolSize, apiKey, limits, tls, registryUrl, advertisedUrl, registrationTtl, logShipUrl,
                shutdownGrace);
    }

    public ServiceSettings withDatabase(String url, String user, Secret password) {
        return new ServiceSettings(service, bindAddress, port, dataDir, url, user, password, databasePoolSize, apiKey,
                limits, tls, registryUrl, advertisedUrl, registrationTtl, logShipUrl, shutdownGrace);
    }

    public ServiceSettings withApiKey(String key) {
        return new ServiceSettings(service, bindAddress, port, dataDir, databaseUrl, databaseUser, databasePassword,
                databasePoolSize, Optional.of(Secret.of(key)), limits, tls, registryUrl, advertisedUrl,
                registrationTtl, logShipUrl, shutdownGrace);
    }

    public ServiceSettings withLimits(RequestLimits newLimits) {
        return new ServiceSettings(service, bindAddress, port, dataDir, databaseUrl, databaseUser, databasePassword,
                databasePoolSize, apiKey, newLimits, tls, registryUrl, advertisedUrl, registrationTtl, logShipUrl,
                shutdownGrace);
    }

    public ServiceSettings withTls(TlsSettings newTls) {
        return new ServiceSettings(service, bindAddress, port, dataDir, databaseUrl, databaseUser, databasePassword,
                databasePoolSize, apiKey, limits, Optional.of(newTls), registryUrl, advertisedUrl, registrationTtl,
                logShipUrl, shutdownGrace);
    }

    public ServiceSettings withRegistry(URI registry, Duration ttl) {
        return new ServiceSettings(service, bindAddress, port, dataDir, databaseUrl, databaseUser, databasePassword,
                databasePoolSize, apiKey, limits, tls, Optional.of(registry), advertisedUrl, ttl, logShipUrl,
                shutdownGrace);
    }

    public ServiceSettings withLogShipUrl(URI telemetry) {
        return new ServiceSettings(service, bindAddress, port, dataDir, databaseUrl, databaseUser, databasePassword,
                databasePoolSize, apiKey, limits, tls, registryUrl, advertisedUrl, registrationTtl,
                Optional.of(telemetry), shutdownGrace);
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
}
