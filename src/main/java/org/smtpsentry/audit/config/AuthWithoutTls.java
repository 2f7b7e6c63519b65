package org.smtpsentry.audit.config;

import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.verdict.ConfigGap;

/** A listener offers AUTH before TLS: passwords cross the network readable by anyone on the path. */
final class AuthWithoutTls implements PostfixCheck {
    @Override
    public List<ConfigGap> check(PostfixSettings s) {
        List<ConfigGap> out = new ArrayList<>();
        for (Listener l : PostfixCheck.authListeners(s)) {
            boolean tlsFirst = s.yes(l, "smtpd_tls_auth_only") || s.yes(l, "smtpd_tls_wrappermode")
                    || s.value(l, "smtpd_tls_security_level").strip().equals("encrypt")
                    || s.yes(l, "smtpd_enforce_tls");
            if (!tlsFirst) {
                out.add(PostfixCheck.gap(s, "auth-without-tls", ConfigGap.Severity.HIGH, l.name(),
                        "AUTH is offered before STARTTLS (smtpd_tls_auth_only is not yes)",
                        "PLAIN and LOGIN send the password base64-encoded: anyone on the path can read it",
                        PostfixCheck.fix(s, l, "smtpd_tls_auth_only", "yes")));
            }
        }
        return out;
    }
}
