package org.smtpsentry.audit.config;

import java.util.List;
import org.smtpsentry.verdict.ConfigGap;

/** VRFY answers "is this a user?": the list of logins to brute-force, for free. */
final class VrfyEnabled implements PostfixCheck {
    @Override
    public List<ConfigGap> check(PostfixSettings s) {
        if (s.yes(null, "disable_vrfy_command")) {
            return List.of();
        }
        return List.of(PostfixCheck.gap(s, "vrfy-enabled", ConfigGap.Severity.LOW, "*", "VRFY is answered",
                "attackers enumerate valid addresses with VRFY, then guess their passwords",
                "main.cf: disable_vrfy_command = yes"));
    }
}
