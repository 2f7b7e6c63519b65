package org.smtpsentry.audit.policy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.audit.password.AccountResult;
import org.smtpsentry.audit.password.PasswordFindings;
import org.smtpsentry.verdict.WeakCredential;

/**
 * The accounts that break the policy: by their password where it is known (plaintext in the source, or guessed by
 * the password audit), and by the password's age where the source has a change date (shadow's lastchg, a CSV or
 * SQL column). Accounts whose password is unknown and undated cannot be judged and are counted.
 */
public record PolicyAudit(PasswordPolicy policy, LocalDate today) {

    public List<PolicyBreach> breaches(PasswordFindings findings) {
        List<PolicyBreach> out = new ArrayList<>();
        for (AccountResult r : findings.accounts()) {
            List<String> rules = new ArrayList<>();
            String known = r.knownPassword();
            if (known != null) {
                rules.addAll(policy.broken(known, r.login(), r.account().aliases()));
            }
            LocalDate changed = r.account().changed();
            if (policy.maxAge() != null && changed != null) {
                long age = ChronoUnit.DAYS.between(changed, today);
                if (age > policy.maxAge().toDays()) {
                    rules.add("max-age: changed " + changed + ", " + age + " days ago, at most "
                            + policy.maxAge().toDays());
                }
            }
            if (!rules.isEmpty()) {
                out.add(new PolicyBreach(r, rules));
            }
        }
        return out;
    }

    /** How many accounts could not be judged at all: password unknown and no change date (or no max-age). */
    public long unjudged(PasswordFindings findings) {
        return findings.accounts().stream().filter(r -> r.knownPassword() == null
                && (policy.maxAge() == null || r.account().changed() == null)).count();
    }

    public static List<WeakCredential> verdicts(List<PolicyBreach> breaches) {
        List<WeakCredential> out = new ArrayList<>();
        for (PolicyBreach b : breaches) {
            for (String rule : b.rules()) {
                out.add(WeakCredential.at(b.account().account().source(), b.account().account().line(),
                        b.account().login(), WeakCredential.Kind.BREAKS_POLICY, b.account().scheme(), rule, null));
            }
        }
        return out;
    }
}
