package org.smtpsentry.probe;

import java.io.IOException;

/**
 * VRFY and EXPN: whether the server confirms addresses (250/251), or answers an account that must exist
 * (postmaster, RFC 5321) differently from one that does not, which lets a spammer or a password guesser harvest the account names.
 */
final class VrfyCheck implements Check {
    static final String MISSING_USER = "smtpsentry-no-such-user-4711";

    @Override
    public String name() {
        return "vrfy";
    }

    @Override
    public void run(PortProbe port) throws IOException {
        int start = port.transcript().mark();
        try (SmtpSession session = port.open(false)) {
            Reply existing = session.command("VRFY postmaster");
            Reply missing = session.command("VRFY " + MISSING_USER);
            Reply expn = session.command("EXPN postmaster");
            Findings findings = port.findings();
            String fix = "Postfix: disable_vrfy_command = yes; Exim: no acl_smtp_vrfy/acl_smtp_expn that accepts";
            if (confirms(existing) || confirms(missing)) {
                findings.warn(name(), "VRFY confirms addresses: " + existing.summary(), fix,
                        port.transcript().since(start));
            } else if (existing.code() / 100 != missing.code() / 100) {
                findings.warn(name(), "VRFY tells existing accounts from missing ones (postmaster: " + existing.code()
                        + ", a missing user: " + missing.code() + "): account names can be harvested", fix,
                        port.transcript().since(start));
            } else {
                findings.info(name(), "VRFY reveals nothing (" + existing.summary() + ")",
                        port.transcript().since(start));
            }
            if (confirms(expn)) {
                findings.warn(name(), "EXPN expands lists: " + expn.summary(), fix, port.transcript().since(start));
            } else {
                findings.info(name(), "EXPN refused (" + expn.summary() + ")", port.transcript().since(start));
            }
        }
    }

    private static boolean confirms(Reply reply) {
        return reply.code() == 250 || reply.code() == 251;
    }
}
