package io.wickedzerg.services.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A PEM certificate chain and PKCS#8 key (RSA or EC), as an in-memory key store for Jetty. */
final class PemKeyStore {

    static final char[] PASSWORD = "in-memory".toCharArray();
    private static final Pattern KEY = Pattern.compile(
            "-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

    private PemKeyStore() {
    }

    static KeyStore load(Path certificatePem, Path keyPem) throws IOException, GeneralSecurityException {
        Certificate[] chain = CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(Files.readAllBytes(certificatePem)))
                .toArray(new Certificate[0]);
        if (chain.length == 0) {
            throw new GeneralSecurityException(certificatePem + " holds no PEM certificate");
        }
        Matcher matcher = KEY.matcher(Files.readString(keyPem, StandardCharsets.US_ASCII));
        if (!matcher.find()) {
            throw new GeneralSecurityException(keyPem + " holds no PKCS#8 key (-----BEGIN PRIVATE KEY-----)");
        }
        byte[] der = Base64.getMimeDecoder().decode(matcher.group(1));
        PrivateKey key = privateKey(der, chain[0].getPublicKey().getAlgorithm());
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("service", key, PASSWORD, chain);
        return store;
    }

    private static PrivateKey privateKey(byte[] der, String algorithm) throws GeneralSecurityException {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
    }
}
