package org.smtpsentry.detect;

import java.util.Locale;
import org.smtpsentry.event.Mailbox;

/**
 * Whether a login owns the MAIL FROM it used: the same address, or, for a bare user name ("info"), that local part
 * at one of the server's domains. The null sender is owned by nobody and forged by nobody: it is not counted.
 * (Aliases a login may legitimately send as are what Postfix's smtpd_sender_login_maps is for; without such a map,
 * a different address is counted as forged and the evidence shows the share, so the operator judges.)
 */
public final class SenderOwnership {
    private SenderOwnership() {
    }

    public static boolean isForged(Mailbox sender, String login, LocalDomains local) {
        if (sender.isNullSender()) {
            return false;
        }
        String l = login.toLowerCase(Locale.ROOT);
        if (l.indexOf('@') >= 0) {
            return !sender.address().equals(l);
        }
        return !(sender.localPart().equals(l) && local.isLocal(sender));
    }
}
