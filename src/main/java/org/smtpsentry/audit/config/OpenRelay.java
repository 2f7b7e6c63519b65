package org.smtpsentry.audit.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.smtpsentry.verdict.ConfigGap;

/**
 * An open relay: for an anonymous client outside mynetworks sending to a foreign domain, neither
 * smtpd_relay_restrictions nor smtpd_recipient_restrictions reaches a reject before a permit (or their end, an
 * implicit permit). Lookups (check_*) are assumed not to decide, as for an address they do not list.
 */
final class OpenRelay implements PostfixCheck {
    private static final Set<String> BLOCKS = Set.of("reject_unauth_destination", "defer_unauth_destination",
            "reject", "defer", "defer_if_permit", "reject_unauth_pipelining_and_destination");
    private static final Set<String> NOT_FOR_ANONYMOUS = Set.of("permit_mynetworks", "permit_sasl_authenticated",
            "permit_tls_clientcerts", "permit_tls_all_clientcerts", "permit_auth_destination",
            "permit_mx_backup", "permit_inet_interfaces");

    @Override
    public List<ConfigGap> check(PostfixSettings s) {
        List<ConfigGap> out = new ArrayList<>();
        for (Listener l : s.listeners()) {
            if (!l.isSmtpd()) {
                continue;
            }
            if (permits(PostfixCheck.restrictions(s, l, "smtpd_relay_restrictions"))
                    && permits(PostfixCheck.restrictions(s, l, "smtpd_recipient_restrictions"))) {
                out.add(PostfixCheck.gap(s, "open-relay", ConfigGap.Severity.CRITICAL, l.name(),
                        "an anonymous client may relay to any domain: neither smtpd_relay_restrictions nor "
                                + "smtpd_recipient_restrictions rejects unauthorised destinations",
                        "spammers find open relays within hours; the server is blacklisted and its mail refused",
                        PostfixCheck.fix(s, l, "smtpd_relay_restrictions",
                                "permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination")));
            }
        }
        return out;
    }

    /** Whether the list lets an anonymous foreign relay attempt through. */
    static boolean permits(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (BLOCKS.contains(w)) {
                return false;
            }
            if (w.equals("permit")) {
                return true;
            }
            if (NOT_FOR_ANONYMOUS.contains(w)) {
                continue;
            }
            if (w.startsWith("check_") && i + 1 < words.size()) {
                i++; // its lookup table
            }
        }
        return true;
    }
}
