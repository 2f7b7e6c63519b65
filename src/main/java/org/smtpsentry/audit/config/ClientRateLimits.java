package org.smtpsentry.audit.config;

import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.verdict.ConfigGap;

/** No anvil limits: one client may connect, send and try AUTH as fast as it likes. */
final class ClientRateLimits implements PostfixCheck {
    private static final List<String[]> LIMITS = List.of(
            new String[] {"smtpd_client_connection_rate_limit", "30"},
            new String[] {"smtpd_client_message_rate_limit", "100"},
            new String[] {"smtpd_client_auth_rate_limit", "10"});

    @Override
    public List<ConfigGap> check(PostfixSettings s) {
        List<String> missing = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        for (String[] limit : LIMITS) {
            if (s.value(null, limit[0]).strip().equals("0") || s.value(null, limit[0]).isBlank()) {
                missing.add(limit[0]);
                fixes.add(limit[0] + " = " + limit[1]);
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of(PostfixCheck.gap(s, "no-rate-limits", ConfigGap.Severity.MEDIUM, "*",
                "no anvil client rate limit: " + String.join(", ", missing) + " = 0",
                "a brute-force client tries passwords without pause, and a stolen login sends thousands of "
                        + "messages a minute",
                "main.cf: " + String.join("; ", fixes) + " (per anvil_rate_time_unit, 60 s)"));
    }
}
