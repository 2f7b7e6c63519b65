package org.smtpsentry.probe;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509TrustManager;

/**
 * The probe's TLS client. It completes the handshake whatever the certificate (a probe must see a bad certificate
 * to report it); {@link CertificateTrust} judges the chain afterwards. {@code protocols} limits the versions offered
 * (null: the JDK's defaults), for the version check.
 */
final class TlsClient {
    private final List<String> protocols;

    TlsClient(List<String> protocols) {
        this.protocols = protocols == null ? null : List.copyOf(protocols);
    }

    static TlsClient defaults() {
        return new TlsClient(null);
    }

    SSLSocket wrap(Socket plain, Endpoint endpoint) throws IOException {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new X509TrustManager[] {new AcceptAny()}, new SecureRandom());
            SSLSocket ssl = (SSLSocket) context.getSocketFactory()
                    .createSocket(plain, endpoint.host(), endpoint.port(), true);
            SSLParameters parameters = ssl.getSSLParameters();
            if (protocols != null) {
                parameters.setProtocols(protocols.toArray(String[]::new));
            }
            if (HostName.isName(endpoint.host())) {
                parameters.setServerNames(List.of(new SNIHostName(endpoint.host())));
            }
            ssl.setSSLParameters(parameters);
            ssl.setSoTimeout((int) endpoint.replyTimeout().toMillis());
            ssl.startHandshake();
            return ssl;
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS is not available in this JVM: " + e.getMessage(), e);
        }
    }

    /** Accepts every chain during the handshake only; the chain is judged by {@link CertificateTrust}. */
    private static final class AcceptAny implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // the probe never acts as a TLS server
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // judged after the handshake, so that a bad certificate becomes a finding
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
