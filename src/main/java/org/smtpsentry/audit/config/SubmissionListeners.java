package org.smtpsentry.audit.config;

import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.verdict.ConfigGap;

/**
 * Mail clients should submit on 587 with STARTTLS (submission) or 465 with implicit TLS (submissions, RFC 8314),
 * not on port 25: a missing listener pushes them, and AUTH, onto port 25.
 */
final class SubmissionListeners implements PostfixCheck {
    @Override
    public List<ConfigGap> check(PostfixSettings s) {
        List<ConfigGap> out = new ArrayList<>();
        List<Listener> smtpd = s.listeners().stream().filter(Listener::isSmtpd).toList();
        List<Listener> on587 = smtpd.stream().filter(l -> l.port() == 587).toList();
        if (on587.isEmpty()) {
            out.add(PostfixCheck.gap(s, "no-submission", ConfigGap.Severity.MEDIUM, "submission/inet",
                    "no submission listener on port 587",
                    "clients then authenticate on port 25, where AUTH cannot be required and brute force mixes "
                            + "with MX traffic",
                    "master.cf: submission inet n - y - - smtpd -o smtpd_tls_security_level=encrypt "
                            + "-o smtpd_sasl_auth_enable=yes"));
        }
        for (Listener l : on587) {
            String level = s.value(l, "smtpd_tls_security_level").strip();
            boolean tls = level.equals("may") || level.equals("encrypt") || s.yes(l, "smtpd_use_tls")
                    || s.yes(l, "smtpd_enforce_tls") || s.yes(l, "smtpd_tls_wrappermode");
            if (!tls) {
                out.add(PostfixCheck.gap(s, "submission-without-starttls", ConfigGap.Severity.HIGH, l.name(),
                        "the submission listener does not offer STARTTLS (smtpd_tls_security_level = "
                                + (level.isEmpty() ? "none" : level) + ")",
                        "clients must then send their password without encryption",
                        "master.cf, under " + l.name() + ": -o smtpd_tls_security_level=encrypt"));
            }
        }
        boolean on465 = smtpd.stream().anyMatch(l -> l.port() == 465 && s.yes(l, "smtpd_tls_wrappermode"));
        if (!on465) {
            out.add(PostfixCheck.gap(s, "no-submissions", ConfigGap.Severity.LOW, "submissions/inet",
                    "no submissions listener on port 465 with implicit TLS",
                    "RFC 8314 prefers implicit TLS: nothing, not even the greeting, is sent in the clear",
                    "master.cf: submissions inet n - y - - smtpd -o smtpd_tls_wrappermode=yes "
                            + "-o smtpd_sasl_auth_enable=yes"));
        }
        return out;
    }
}
