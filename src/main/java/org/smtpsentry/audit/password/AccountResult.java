package org.smtpsentry.audit.password;

/**
 * What the audit found for one account: the scheme it is stored in and that scheme's weakness, whether a guess
 * matched ({@code found}, the candidate and its rule), how many of its candidates were tried of how many, and, for
 * an account that could not be checked, why.
 */
public record AccountResult(Account account, String scheme, Scheme.Weakness weakness, Status status,
                            Candidate found, int tried, int total, String reason) {

    public enum Status {
        /** A candidate matched. */
        GUESSED,
        /** Every candidate was tried; none matched. */
        NOT_GUESSED,
        /** The time budget for slow schemes ran out before all candidates were tried. */
        OUT_OF_BUDGET,
        /** Unknown scheme, malformed value or no implementation: see {@code reason}. */
        NOT_CHECKABLE
    }

    public String login() {
        return account.login();
    }

    public boolean weakScheme() {
        return weakness != Scheme.Weakness.NONE;
    }

    /** The scheme's weakness in words, "" when sound. */
    public String weaknessText() {
        return weakness.why;
    }

    /** The found password, or null. */
    public String password() {
        return found == null ? null : found.password();
    }

    /** The rule that guessed it, or null. */
    public String rule() {
        return found == null ? null : found.rule();
    }

    public String place() {
        return account.place();
    }

    /** The password if the audit knows it: guessed, or stored in plaintext; null otherwise. */
    public String knownPassword() {
        if (found != null) {
            return found.password();
        }
        if (account.password() != null && Schemes.read(account.password(), login()) instanceof Scheme.Checkable c
                && c.verifier() instanceof Verifier.PlainText plain) {
            return plain.password();
        }
        return null;
    }
}
