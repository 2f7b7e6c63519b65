package org.smtpsentry.audit.password;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.verdict.WeakCredential;

/** The result of a password audit: one result per account (in source order) and the speed per scheme. */
public record PasswordFindings(List<AccountResult> accounts, List<SchemeRate> rates, Duration elapsed,
                               Duration budget, int threads) {

    public PasswordFindings {
        accounts = List.copyOf(accounts);
        rates = List.copyOf(rates);
    }

    public List<AccountResult> guessed() {
        return accounts.stream().filter(a -> a.status() == AccountResult.Status.GUESSED).toList();
    }

    public List<AccountResult> weakSchemes() {
        return accounts.stream().filter(AccountResult::weakScheme).toList();
    }

    public List<AccountResult> notCheckable() {
        return accounts.stream().filter(a -> a.status() == AccountResult.Status.NOT_CHECKABLE).toList();
    }

    public List<AccountResult> outOfBudget() {
        return accounts.stream().filter(a -> a.status() == AccountResult.Status.OUT_OF_BUDGET).toList();
    }

    public long candidatesTried() {
        return accounts.stream().mapToLong(AccountResult::tried).sum();
    }

    public long candidatesPlanned() {
        return accounts.stream().mapToLong(AccountResult::total).sum();
    }

    /**
     * Something an administrator must act on: a guessed password or a weak scheme. Accounts not checkable or not
     * finished are listed but do not make a finding, so a nightly cron job does not cry wolf over yescrypt.
     */
    public boolean hasFindings() {
        return !guessed().isEmpty() || !weakSchemes().isEmpty();
    }

    /** The verdicts: one per guessed password, one per account in a weak scheme. */
    public List<WeakCredential> verdicts() {
        List<WeakCredential> out = new ArrayList<>();
        for (AccountResult r : guessed()) {
            out.add(WeakCredential.at(r.account().source(), r.account().line(), r.login(),
                    WeakCredential.Kind.GUESSED, r.scheme(), r.rule(), r.password()));
        }
        for (AccountResult r : weakSchemes()) {
            out.add(WeakCredential.at(r.account().source(), r.account().line(), r.login(),
                    WeakCredential.Kind.WEAK_SCHEME, r.scheme(), r.weaknessText(), null));
        }
        return out;
    }
}
