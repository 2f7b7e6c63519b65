package org.smtpsentry.audit.password;

import java.util.List;
import java.util.Optional;

/** Whether a password someone proposes is among the audit's first guesses for that account, and by which rule. */
public final class ProposedPassword {
    private ProposedPassword() {
    }

    public static Optional<String> guessedBy(String password, String login, String displayName,
                                             List<String> aliases, int year) {
        Account account = new Account(login, displayName, null, aliases, null, "stdin", 0);
        return new Candidates(CommonPasswords.builtIn(year), year).of(account).stream()
                .filter(c -> c.password().equals(password)).map(Candidate::rule).findFirst();
    }
}
