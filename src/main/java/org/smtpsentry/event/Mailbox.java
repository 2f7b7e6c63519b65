package org.smtpsentry.event;

import java.util.Locale;

/**
 * An envelope address as the MTA logged it. The null sender of bounces is {@link #NULL_SENDER}.
 * Comparison is case-insensitive on the domain and, as every common MTA treats it in practice, on the local part.
 * <p>A class rather than a record so that its domain, asked for by several rules per event, is cut out once, and so
 * that the address is lower-cased on first use: by the detection thread, not by the log reader, the busier one.
 */
public final class Mailbox {
    public static final Mailbox NULL_SENDER = new Mailbox("");

    private final String written;
    private String address;
    private String domain;

    public Mailbox(String address) {
        this.written = address;
    }

    public static Mailbox of(String address) {
        return address == null || address.isEmpty() ? NULL_SENDER : new Mailbox(address);
    }

    /**
     * An address whose domain a log reader already cut out and lower-cased: one string for all the addresses of a
     * domain, whose hash is computed once and which the maps of domains find by reference.
     */
    public static Mailbox withDomain(String address, String domain) {
        Mailbox m = new Mailbox(address);
        m.domain = domain;
        return m;
    }

    /** The address, lower-cased. */
    public String address() {
        String a = address;
        if (a == null) {
            a = written.toLowerCase(Locale.ROOT); // a race to do it twice gives the same string
            address = a;
        }
        return a;
    }

    public boolean isNullSender() {
        return written.isEmpty();
    }

    /** The part after the last '@', or "" when there is none. */
    public String domain() {
        String d = domain;
        if (d == null) {
            String a = address();
            int at = a.lastIndexOf('@');
            d = at < 0 ? "" : a.substring(at + 1);
            domain = d;
        }
        return d;
    }

    /** The part before the last '@', or the whole address when there is none. */
    public String localPart() {
        String a = address();
        int at = a.lastIndexOf('@');
        return at < 0 ? a : a.substring(0, at);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mailbox other && address().equals(other.address());
    }

    @Override
    public int hashCode() {
        return address().hashCode();
    }

    @Override
    public String toString() {
        return "<" + address() + ">";
    }
}
