package org.smtpsentry.probe;

import java.io.IOException;

/**
 * Whether AUTH works without TLS, even when EHLO does not list it: the probe sends "AUTH PLAIN" with no initial
 * response before STARTTLS. A 334 means the server would take a password in clear; the probe then cancels with
 * "*" and never sends one, so the test is safe with real credentials.
 */
final class ClearAuthCheck implements Check {

    @Override
    public String name() {
        return "auth-without-tls";
    }

    @Override
    public void run(PortProbe port) throws IOException {
        if (port.endpoint().implicitTls()) {
            return;
        }
        int start = port.transcript().mark();
        try (SmtpSession session = port.open(false)) {
            Reply auth = session.command("AUTH PLAIN");
            if (auth.intermediate()) {
                session.command("*");
                port.findings().fail(name(), "the server accepts AUTH without TLS (334 to AUTH PLAIN before"
                        + " STARTTLS; the probe cancelled without sending a password)",
                        "Postfix: smtpd_tls_auth_only = yes; Dovecot: disable_plaintext_auth = yes; Exim:"
                                + " server_advertise_condition = ${if def:tls_in_cipher}",
                        port.transcript().since(start));
            } else if (auth.positive()) {
                port.findings().fail(name(), "the server answered AUTH without TLS with success: " + auth.summary(),
                        "Postfix: smtpd_tls_auth_only = yes", port.transcript().since(start));
            } else {
                port.findings().info(name(), "AUTH refused without TLS: " + auth.summary(),
                        port.transcript().since(start));
            }
        }
    }
}
