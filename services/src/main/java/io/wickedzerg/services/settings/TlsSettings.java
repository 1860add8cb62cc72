package io.wickedzerg.services.settings;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the service's certificate is: a PKCS12 key store, or a PEM certificate chain and key.
 *
 * @param keyStore         PKCS12 file, when given
 * @param keyStorePassword its password
 * @param pemCertificate   PEM chain, when given instead
 * @param pemKey           PEM PKCS#8 private key for the chain
 */
public record TlsSettings(Optional<Path> keyStore, Secret keyStorePassword, Optional<Path> pemCertificate,
                          Optional<Path> pemKey) {

    public static TlsSettings pkcs12(Path keyStore, Secret password) {
        return new TlsSettings(Optional.of(keyStore), password, Optional.empty(), Optional.empty());
    }

    public static TlsSettings pem(Path certificate, Path key) {
        return new TlsSettings(Optional.empty(), Secret.of(""), Optional.of(certificate), Optional.of(key));
    }
}
