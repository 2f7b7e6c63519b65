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
        String ip = s.substring(open + 1, close);
        if (ip.startsWith("IPv6:")) {
            ip = ip.substring(5);
        }
        return new Client(s.substring(from, open), ip);
    }
}
