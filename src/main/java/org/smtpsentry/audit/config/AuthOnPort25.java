package org.smtpsentry.audit.config;

import java.util.List;
import org.smtpsentry.verdict.ConfigGap;

/** AUTH on the MX port 25: bots guess passwords there all day, mixed with the mail the server must accept. */
final class AuthOnPort25 implements PostfixCheck {
    @Override
    public List<ConfigGap> check(PostfixSettings s) {
        return PostfixCheck.authListeners(s).stream().filter(l -> l.port() == 25).map(l -> PostfixCheck.gap(s,
                "auth-on-port-25", ConfigGap.Severity.MEDIUM, l.name(), "SASL AUTH is offered on port 25",
                "password guessing on port 25 cannot be told from MX traffic by port; clients belong on 587/465",
                "main.cf: smtpd_sasl_auth_enable = no (and -o smtpd_sasl_auth_enable=yes on submission and "
                        + "submissions)")).toList();
    }
}
