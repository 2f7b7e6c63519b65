package org.smtpsentry.probe;

import java.io.IOException;
import java.time.InstantSource;

/**
 * Everything the checks of one port share: the settings, the endpoint, the transcript, the findings, the TLS client
 * and trust, the wall clock (for certificate expiry) and the first session's {@link Survey}.
 */
final class PortProbe {
    private final ProbeSettings settings;
    private final Endpoint endpoint;
    private final Transcript transcript;
    private final Findings findings;
    private final CertificateTrust trust;
    private final InstantSource clock;
    private Survey survey;

    PortProbe(ProbeSettings settings, int port, CertificateTrust trust, InstantSource clock) {
        this.settings = settings;
        this.endpoint = settings.endpoint(port);
        this.transcript = new Transcript(endpoint.label());
        this.findings = new Findings(endpoint.label());
        this.trust = trust;
        this.clock = clock;
    }

    /** A new connection (TLS already up on an implicit-TLS port); the greeting is not read yet. */
    SmtpSession connect() throws IOException {
        return SmtpSession.connect(endpoint, transcript, tls());
    }

    /**
     * A new session ready for commands: greeted, EHLO said, and under TLS when {@code secure} and the server offers
     * STARTTLS. A greeting other than 2xx ends it with {@link ServiceClosing}.
     */
    SmtpSession open(boolean secure) throws IOException {
        SmtpSession session = connect();
        try {
            Reply greeting = session.greeting();
            if (!greeting.positive()) {
                throw new ServiceClosing(greeting);
            }
            Ehlo ehlo = new Ehlo(session.command("EHLO " + endpoint.ehloName()));
            if (secure && !endpoint.implicitTls() && ehlo.has("STARTTLS")
                    && session.startTls(tls()).code() == 220) {
                session.command("EHLO " + endpoint.ehloName());
            }
            return session;
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    TlsClient tls() {
        return TlsClient.defaults();
    }

    void survey(Survey taken) {
        this.survey = taken;
    }

    Survey survey() {
        return survey;
    }

    ProbeSettings settings() {
        return settings;
    }

    Endpoint endpoint() {
        return endpoint;
    }

    Transcript transcript() {
        return transcript;
    }

    Findings findings() {
        return findings;
    }

    CertificateTrust trust() {
        return trust;
    }

    InstantSource clock() {
        return clock;
    }
}
