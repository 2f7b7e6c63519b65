package org.smtpsentry.verdict;

import java.util.List;

/**
 * An address that attacks SMTP AUTH: guesses passwords ({@link Attack#BRUTE_FORCE}) or opens AUTH and drops it
 * ({@link Attack#AUTH_ABORTS}). {@code loginsAfter} are the accounts that then logged in from it: found credentials.
 * {@code usersTried} is capped; {@code distinctUsers} counts them all. {@code successesWithoutName} counts logins the
 * log did not name.
 */
public record AttackingIp(String ip, Attack attack, Span span, int attempts, int distinctUsers,
                          List<String> usersTried, List<String> loginsAfter, int successesWithoutName,
                          Evidence evidence) implements Verdict {

    public enum Attack { BRUTE_FORCE, AUTH_ABORTS }

    public AttackingIp {
        usersTried = List.copyOf(usersTried);
        loginsAfter = List.copyOf(loginsAfter);
    }

    @Override
    public String subject() {
        return ip;
    }

    /** A login succeeded from this address after its failures: the password was found. */
    public boolean credentialsFound() {
        return !loginsAfter.isEmpty() || successesWithoutName > 0;
    }
}
