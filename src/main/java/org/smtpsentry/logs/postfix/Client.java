package org.smtpsentry.logs.postfix;

import org.smtpsentry.logs.LineBytes;

/**
 * A client as Postfix writes it, {@code name[address]} (smtpd) or {@code [address]:port} (postscreen).
 * The address may be IPv6 ("2001:db8::1"), without brackets inside.
 */
record Client(String name, String ip) {
    private static final byte[] IPV6 = LineBytes.ascii("IPv6:");

    /** The client written at byte {@code from} of {@code line}, or null when there is none there. */
    static Client at(LineBytes line, int from) {
        int open = line.indexOf((byte) '[', from);
        if (open < 0) {
            return null;
        }
        int close = line.indexOf((byte) ']', open + 1);
        if (close < 0) {
            return null;
        }
        int ipStart = line.startsWith(IPV6, open + 1) ? open + 6 : open + 1;
        return new Client(line.text(from, open), line.text(ipStart, close));
    }
}
