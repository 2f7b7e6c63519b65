package org.smtpsentry.net.sockets;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which local processes are expected to speak SMTP to other servers: the mail system's own (Postfix's smtp runs as
 * postfix, Exim as Debian-exim or exim, OpenSMTPD as _smtpq, qmail as qmailr), a root sendmail, and users named with
 * --mta-user. Anything else sending SMTP (php-fpm, a binary in /tmp) stands out.
 */
public final class ExpectedSenders {
    private static final Set<String> MTA_USERS = Set.of("postfix", "Debian-exim", "exim", "mailnull", "smmsp",
            "_smtpd", "_smtpq", "opensmtpd", "qmailr");
    /** Programs that deliver mail when root runs them. */
    private static final Set<String> ROOT_MTA_PROGRAMS = Set.of("sendmail", "exim", "exim4", "smtpd", "master");

    private final Set<String> users;

    public ExpectedSenders(List<String> moreUsers) {
        Set<String> all = new HashSet<>(MTA_USERS);
        all.addAll(moreUsers);
        this.users = Set.copyOf(all);
    }

    boolean expected(LocalProcess p) {
        return p != null && (users.contains(p.user()) || (p.uid() == 0 && ROOT_MTA_PROGRAMS.contains(p.name())));
    }
}
