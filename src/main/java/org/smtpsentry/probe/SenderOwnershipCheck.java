package org.smtpsentry.probe;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * With {@code --user}: logs in (under TLS when offered) and asks to send as someone else, a colleague in the
 * login's own domain and a stranger outside it, to the login's own address. An accepted RCPT means a stolen login
 * can send mail in anyone's name: the missing "reject if AUTH differs from the sender". Stopped at RCPT, reset.
 */
final class SenderOwnershipCheck implements Check {
    static final String FORGED_LOCAL_PART = "smtpsentry-forged-sender";

    @Override
    public String name() {
        return "sender-ownership";
    }

    @Override
    public void run(PortProbe port) throws IOException {
        Credentials login = port.settings().credentials();
        if (login == null) {
            return;
        }
        Transcript t = port.transcript();
        int start = t.mark();
        try (SmtpSession session = port.open(true)) {
            Reply auth = session.command("AUTH PLAIN " + login.plainResponse(), "AUTH PLAIN (" + login.user()
                    + ", password hidden)");
            if (auth.code() != 235) {
                port.findings().warn(name(), "the login " + login.user() + " was refused (" + auth.summary()
                        + "); the sender checks were not done", "check --user and --password", t.since(start));
                return;
            }
            String domain = login.domain() != null ? login.domain() : port.settings().host();
            String recipient = login.domain() != null ? login.user() : "postmaster";
            List<String> forged = new ArrayList<>();
            for (String sender : List.of(FORGED_LOCAL_PART + "@" + domain,
                    FORGED_LOCAL_PART + "@" + port.settings().relayDomain())) {
                Reply mail = session.command("MAIL FROM:<" + sender + ">");
                if (mail.positive() && session.command("RCPT TO:<" + recipient + ">").positive()) {
                    forged.add(sender);
                }
                session.command("RSET");
            }
            if (forged.isEmpty()) {
                port.findings().info(name(), "the login " + login.user() + " cannot send as another sender",
                        t.since(start));
            } else {
                port.findings().fail(name(), "the login " + login.user() + " may send as " + String.join(" and ",
                        forged) + ": a stolen password sends mail in anyone's name",
                        "Postfix: smtpd_sender_login_maps + reject_sender_login_mismatch in smtpd_sender_restrictions;"
                                + " Exim: an ACL that denies when $authenticated_id differs from $sender_address",
                        t.since(start));
            }
        }
    }
}
