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
        String ip = open < 0 ? null : addressIn(line, open);
        return ip == null ? null : new Client(line.text(from, open), ip);
    }

    /** The address of the client written at byte {@code from}, or null: for the lines whose name is not used. */
    static String ipAt(LineBytes line, int from) {
        int open = line.indexOf((byte) '[', from);
        return open < 0 ? null : addressIn(line, open);
    }

    /** Whether a client is written at byte {@code from}: what {@link #ipAt} checks, without making the text. */
    static boolean writtenAt(LineBytes line, int from) {
        int open = line.indexOf((byte) '[', from);
        return open >= 0 && line.indexOf((byte) ']', open + 1) >= 0;
    }

    private static String addressIn(LineBytes line, int open) {
        int close = line.indexOf((byte) ']', open + 1);
        if (close < 0) {
            return null;
        }
        return line.text(line.startsWith(IPV6, open + 1) ? open + 6 : open + 1, close);
    }
}
