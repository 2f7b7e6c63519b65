package org.smtpsentry.event;

import java.util.Locale;

/**
 * An envelope address as the MTA logged it. The null sender of bounces is {@link #NULL_SENDER}.
 * Comparison is case-insensitive on the domain and, as every common MTA treats it in practice, on the local part.
 */
public record Mailbox(String address) {
    public static final Mailbox NULL_SENDER = new Mailbox("");

    public Mailbox {
        address = address.toLowerCase(Locale.ROOT);
    }

    public static Mailbox of(String address) {
        return address == null || address.isEmpty() ? NULL_SENDER : new Mailbox(address);
    }

    public boolean isNullSender() {
        return address.isEmpty();
    }

    /** The part after the last '@', or "" when there is none. */
    public String domain() {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1);
    }

    /** The part before the last '@', or the whole address when there is none. */
    public String localPart() {
        int at = address.lastIndexOf('@');
        return at < 0 ? address : address.substring(0, at);
    }

    @Override
    public String toString() {
        return "<" + address + ">";
    }
}
