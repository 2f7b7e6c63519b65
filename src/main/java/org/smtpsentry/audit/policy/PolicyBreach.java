package org.smtpsentry.audit.policy;

import java.util.List;
import org.smtpsentry.audit.password.AccountResult;

/** An account whose (known) password or password age breaks the policy, with the broken rules in words. */
public record PolicyBreach(AccountResult account, List<String> rules) {
    public PolicyBreach {
        rules = List.copyOf(rules);
    }
}
