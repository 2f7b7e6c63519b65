package org.smtpsentry.probe;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The TLS session of the survey: version and cipher suite, and the certificate chain: trusted, expired or about to,
 * and whether it names the host the client asked for.
 */
final class TlsCheck implements Check {
    static final Duration EXPIRY_WARNING = Duration.ofDays(14);
    private static final List<String> WEAK_CIPHERS = List.of("_NULL_", "_EXPORT", "_anon_", "RC4", "3DES", "_DES_",
            "_MD5");

    @Override
    public String name() {
        return "tls";
    }

    @Override
    public void run(PortProbe port) {
        Survey survey = port.survey();
        Survey.Tls tls = survey.tls();
        if (tls == null) {
            return;
        }
        Findings findings = port.findings();
        findings.info(name(), "TLS session: " + tls.protocol() + " with " + tls.cipher(), survey.tlsEvidence());
        for (String weak : WEAK_CIPHERS) {
            if (tls.cipher().toUpperCase(Locale.ROOT).contains(weak.toUpperCase(Locale.ROOT))) {
                findings.warn(name(), "weak cipher suite negotiated: " + tls.cipher(),
                        "Postfix: smtpd_tls_ciphers = high, smtpd_tls_exclude_ciphers = aNULL, RC4, 3DES, MD5",
                        survey.tlsEvidence());
                break;
            }
        }
        if (tls.chain().isEmpty()) {
            findings.warn(name(), "no server certificate (anonymous TLS)", "configure a certificate",
                    survey.tlsEvidence());
            return;
        }
        X509Certificate leaf = tls.chain().get(0);
        findings.info(name(), "certificate: " + leaf.getSubjectX500Principal().getName() + ", issued by "
                + leaf.getIssuerX500Principal().getName() + ", names " + String.join(" ", HostName.names(leaf))
                + ", valid until " + leaf.getNotAfter().toInstant() + ", chain of " + tls.chain().size(),
                survey.tlsEvidence());
        String distrust = port.trust().problem(tls.chain().toArray(X509Certificate[]::new));
        if (distrust != null) {
            findings.warn(name(), "certificate chain not trusted: " + distrust,
                    "use a certificate from a public CA (e.g. Let's Encrypt) with its full chain, or give a private"
                            + " CA with --ca-file", survey.tlsEvidence());
        }
        expiry(port.findings(), leaf.getNotAfter().toInstant(), port.clock().instant(), survey);
        String wanted = port.settings().tlsName();
        if (!HostName.matches(leaf, wanted)) {
            findings.warn(name(), "certificate does not name " + wanted + " (it names "
                    + String.join(" ", HostName.names(leaf)) + ")", "put the server's MX/submission name in the"
                    + " certificate's subjectAltName, or give the expected name with --tls-name",
                    survey.tlsEvidence());
        }
    }

    void expiry(Findings findings, Instant notAfter, Instant now, Survey survey) {
        if (!notAfter.isAfter(now)) {
            findings.fail(name(), "certificate expired on " + notAfter, "renew the certificate and reload the server",
                    survey.tlsEvidence());
        } else if (Duration.between(now, notAfter).compareTo(EXPIRY_WARNING) < 0) {
            findings.warn(name(), "certificate expires on " + notAfter + ", in "
                    + Duration.between(now, notAfter).toDays() + " days", "renew it now (certbot renew)",
                    survey.tlsEvidence());
        }
    }
}
