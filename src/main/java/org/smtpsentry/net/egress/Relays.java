package org.smtpsentry.net.egress;

import java.net.InetAddress;
import org.smtpsentry.text.IpLiteral;

/** Checks relay addresses before they go into an nftables script: IP literals or CIDR blocks only, never names. */
public final class Relays {
    private Relays() {
    }

    /** The address or block in canonical form, or null when {@code text} is neither. */
    public static String canonical(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        InetAddress a = IpLiteral.parse(slash < 0 ? t : t.substring(0, slash));
        if (a == null) {
            return null;
        }
        String host = IpLiteral.text(a);
        if (slash < 0) {
            return host;
        }
        String bits = t.substring(slash + 1);
        if (!bits.matches("\\d{1,3}") || Integer.parseInt(bits) > a.getAddress().length * 8) {
            return null;
        }
        return host + "/" + Integer.parseInt(bits);
    }

    static boolean isIpv6(String canonical) {
        return canonical.indexOf(':') >= 0;
    }
}
