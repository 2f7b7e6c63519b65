package org.smtpsentry.logs.postfix;

import org.smtpsentry.logs.LineBytes;
import org.smtpsentry.logs.RecentValues;

/**
 * A client as Postfix writes it, {@code name[address]} (smtpd) or {@code [address]:port} (postscreen).
 * The address may be IPv6 ("2001:db8::1"), without brackets inside. Addresses come from a table of recent ones: a
 * client's lines (connect, its messages, disconnect, or an attacker's thousand attempts) share one string, whose hash
 * the rules' maps of addresses find made.
 */
record Client(String name, String ip) {
    private static final byte[] IPV6 = LineBytes.ascii("IPv6:");

    /** The client written at byte {@code from} of {@code line}, or null when there is none there. */
    static Client at(LineBytes line, int from, RecentValues<String> ips) {
        int open = line.indexOf((byte) '[', from);
        String ip = open < 0 ? null : addressIn(line, open, ips);
        return ip == null ? null : new Client(line.text(from, open), ip);
    }

    /** The address of the client written at byte {@code from}, or null: for the lines whose name is not used. */
    static String ipAt(LineBytes line, int from, RecentValues<String> ips) {
        int open = line.indexOf((byte) '[', from);
        return open < 0 ? null : addressIn(line, open, ips);
    }

    /** Whether a client is written at byte {@code from}: what {@link #ipAt} checks, without making the text. */
    static boolean writtenAt(LineBytes line, int from) {
        int open = line.indexOf((byte) '[', from);
        return open >= 0 && line.indexOf((byte) ']', open + 1) >= 0;
    }

    private static String addressIn(LineBytes line, int open, RecentValues<String> ips) {
        int close = line.indexOf((byte) ']', open + 1);
        if (close < 0) {
            return null;
        }
        int start = line.startsWith(IPV6, open + 1) ? open + 6 : open + 1;
        return close > start ? ips.of(line, start, close) : "";
    }
}
