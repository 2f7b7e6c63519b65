package org.smtpsentry.verdict;

import java.util.List;
import org.smtpsentry.event.Origin;

/**
 * An account an attacker gets into cheaply: its password was guessed ({@link Kind#GUESSED}, {@code rule} says which
 * guess, e.g. "user name + 123"), it is stored in a weak scheme ({@link Kind#WEAK_SCHEME}: plaintext, unsalted, MD5),
 * or it breaks the password policy ({@link Kind#BREAKS_POLICY}, {@code rule} names the rule). {@code password} is the
 * found password or null; reports mask it unless asked.
 */
public record WeakCredential(String login, Kind kind, String scheme, String rule, String password,
                             Evidence evidence) implements Verdict {

    public enum Kind { GUESSED, WEAK_SCHEME, BREAKS_POLICY }

    /** A verdict whose evidence is the account's line in its source (no text kept: the line holds the hash). */
    public static WeakCredential at(String source, long line, String login, Kind kind, String scheme, String rule,
                                    String password) {
        return new WeakCredential(login, kind, scheme, rule, password,
                new Evidence(List.of(new Origin(source, line, null))));
    }

    @Override
    public String subject() {
        return login;
    }
}
