package org.smtpsentry.report;

/**
 * Whether a message's MAIL FROM is its login's own address. Computed by the wiring (analysis) with the same
 * ownership rule detection uses, since a report may not depend on detection.
 */
public enum SenderMatch {
    /** The sender is the login (or the login's local part at a local domain). */
    THE_LOGIN,
    /** The sender is another address: forged, or an alias the operator must check. */
    NOT_THE_LOGIN,
    /** The null sender of a bounce: owned and forged by nobody. */
    NULL_SENDER,
    /** No login: an unauthenticated client or a local submission. */
    NO_LOGIN,
    /** The log gave no sender. */
    UNKNOWN;

    /** The word in --json output. */
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
