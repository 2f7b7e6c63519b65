package org.smtpsentry.probe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.smtpsentry.UserError;

/**
 * Judges a server's certificate chain against the JVM's CA certificates and, with {@code --ca-file}, the operator's
 * own CA (a private CA is common for submission servers).
 */
final class CertificateTrust {
    private final List<X509TrustManager> managers;

    private CertificateTrust(List<X509TrustManager> managers) {
        this.managers = List.copyOf(managers);
    }

    static CertificateTrust load(Path caFile) {
        try {
            List<X509TrustManager> managers = new ArrayList<>();
            managers.add(manager(null));
            if (caFile != null) {
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                int n = 0;
                try (InputStream in = Files.newInputStream(caFile)) {
                    for (Certificate cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                        store.setCertificateEntry("ca" + n++, cert);
                    }
                }
                if (n == 0) {
                    throw new UserError(caFile + ": --ca-file: no PEM certificate in it; give the CA that signed the"
                            + " server's certificate; not probed");
                }
                managers.add(manager(store));
            }
            return new CertificateTrust(managers);
        } catch (IOException | GeneralSecurityException e) {
            throw new UserError(caFile + ": --ca-file: cannot read it as PEM certificates (" + e.getMessage()
                    + "); give the CA certificate in PEM; not probed", e);
        }
    }

    /** Null when the chain is trusted, otherwise why not. */
    String problem(X509Certificate[] chain) {
        String authType = switch (chain[0].getPublicKey().getAlgorithm()) {
            case "RSA" -> "ECDHE_RSA";
            case "EC" -> "ECDHE_ECDSA";
            default -> "UNKNOWN";
        };
        String why = null;
        for (X509TrustManager manager : managers) {
            try {
                manager.checkServerTrusted(chain, authType);
                return null;
            } catch (CertificateException e) {
                why = why == null ? e.getMessage() : why;
            }
        }
        return why;
    }

    private static X509TrustManager manager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager");
    }
}
