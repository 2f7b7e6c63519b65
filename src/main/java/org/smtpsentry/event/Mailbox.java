package org.smtpsentry.event;

import java.util.Locale;

/**
 * An envelope address as the MTA logged it. The null sender of bounces is {@link #NULL_SENDER}.
 * Comparison is case-insensitive on the domain and, as every common MTA treats it in practice, on the local part.
 * <p>A class rather than a record so that its domain, asked for by several rules per event, is cut out once.
 */
public final class Mailbox {
    public static final Mailbox NULL_SENDER = new Mailbox("");

    private final String address;
    private String domain;

    public Mailbox(String address) {
        this.address = address.toLowerCase(Locale.ROOT);
    }

    public static Mailbox of(String address) {
        return address == null || address.isEmpty() ? NULL_SENDER : new Mailbox(address);
    }

    /** The address, lower-cased. */
    public String address() {
        return address;
    }

    public boolean isNullSender() {
        return address.isEmpty();
    }

    /** The part after the last '@', or "" when there is none. */
    public String domain() {
        String d = domain;
        if (d == null) {
            int at = address.lastIndexOf('@');
            d = at < 0 ? "" : address.substring(at + 1);
            domain = d;
        }
        return d;
    }

    /** The part before the last '@', or the whole address when there is none. */
    public String localPart() {
        int at = address.lastIndexOf('@');
        return at < 0 ? address : address.substring(0, at);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mailbox other && address.equals(other.address);
    }

    @Override
    public int hashCode() {
        return address.hashCode();
    }

    @Override
    public String toString() {
        return "<" + address + ">";
    }
}
