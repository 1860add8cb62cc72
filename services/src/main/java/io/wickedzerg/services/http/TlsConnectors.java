package io.wickedzerg.services.http;

import io.wickedzerg.services.settings.BadSettingException;
import io.wickedzerg.services.settings.TlsSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** The https-only connector for a service given a key store (PKCS12) or a PEM chain and key. */
final class TlsConnectors {

    private TlsConnectors() {
    }

    static ServerConnector https(Server server, HttpConfiguration base, TlsSettings tls, String host, int port) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        KeyStore store = keyStore(tls);
        ssl.setKeyStore(store);
        ssl.setKeyStorePassword(tls.keyStore().isPresent() ? tls.keyStorePassword().reveal()
                : new String(PemKeyStore.PASSWORD));
        HttpConfiguration https = new HttpConfiguration(base);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // clients reach a service by IP or by a name the certificate may not list; trust is the client's decision
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(https));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }

    private static KeyStore keyStore(TlsSettings tls) {
        try {
            if (tls.keyStore().isPresent()) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(tls.keyStore().get())) {
                    store.load(in, tls.keyStorePassword().reveal().toCharArray());
                }
                return store;
            }
            return PemKeyStore.load(tls.pemCertificate().orElseThrow(), tls.pemKey().orElseThrow());
        } catch (IOException | GeneralSecurityException e) {
            String what = tls.keyStore().map(p -> "tls_keystore " + p)
                    .orElse("tls_cert " + tls.pemCertificate().orElse(null) + " / tls_key " + tls.pemKey().orElse(null));
            throw new BadSettingException(what + ": cannot be loaded: " + e.getMessage());
        }
    }
}
