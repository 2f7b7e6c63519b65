package org.smtpsentry.logs.postfix;

/**
 * A client as Postfix writes it, {@code name[address]} (smtpd) or {@code [address]:port} (postscreen).
 * The address may be IPv6 ("2001:db8::1"), without brackets inside.
 */
record Client(String name, String ip) {

    /** The client written at {@code from} in {@code s}, or null when there is none there. */
    static Client at(String s, int from) {
        int open = s.indexOf('[', from);
        if (open < 0) {
            return null;
        }
        int close = s.indexOf(']', open + 1);
        if (close < 0) {
            return null;
        }
        int ipStart = s.startsWith("IPv6:", open + 1) ? open + 6 : open + 1;
        return new Client(s.substring(from, open), s.substring(ipStart, close));
    }
}
