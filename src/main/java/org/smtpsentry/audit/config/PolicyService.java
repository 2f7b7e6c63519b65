package org.smtpsentry.audit.config;

import java.util.List;
import org.smtpsentry.verdict.ConfigGap;

/** No policy service (check_policy_service): nothing counts what an authenticated login sends. */
final class PolicyService implements PostfixCheck {
    @Override
    public List<ConfigGap> check(PostfixSettings s) {
        boolean any = s.listeners().stream().filter(Listener::isSmtpd).anyMatch(l -> PostfixCheck.restrictions(s, l,
                PostfixCheck.ALL_LISTS.toArray(String[]::new)).contains("check_policy_service"));
        if (any) {
            return List.of();
        }
        return List.of(PostfixCheck.gap(s, "no-policy-service", ConfigGap.Severity.LOW, "*",
                "no check_policy_service in any restriction list",
                "without a policy service (smtpsentry serve, postfwd) nothing limits what one login sends per hour",
                "main.cf: smtpd_relay_restrictions = ..., check_policy_service unix:private/policy (before "
                        + "permit_sasl_authenticated)"));
    }
}
