package org.smtpsentry.net.egress;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Checks relay addresses before they go into an nftables script: IP literals or CIDR blocks only, never names. */
public final class Relays {
    private Relays() {
    }

    /** The address or block in canonical form, or null when {@code text} is neither. */
    public static String canonical(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        String address = slash < 0 ? t : t.substring(0, slash);
        boolean v4 = address.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = address.indexOf(':') >= 0 && address.matches("[0-9A-Fa-f:.]+");
        if (!v4 && !v6) {
            return null;
        }
        InetAddress a;
        try {
            a = InetAddress.getByName(address); // a literal: no lookup
        } catch (UnknownHostException e) {
            return null;
        }
        String host = a instanceof java.net.Inet6Address ? compress(a.getHostAddress()) : a.getHostAddress();
        if (slash < 0) {
            return host;
        }
        String bits = t.substring(slash + 1);
        if (!bits.matches("\\d{1,3}") || Integer.parseInt(bits) > a.getAddress().length * 8) {
            return null;
        }
        return host + "/" + Integer.parseInt(bits);
    }

    /** "2001:db8:0:0:0:0:0:25" -> "2001:db8::25": the longest run of zero groups, as nft prints it. */
    private static String compress(String full) {
        String[] groups = full.split(":");
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; ) {
            int j = i;
            while (j < groups.length && groups[j].equals("0")) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        if (bestStart < 0) {
            return full;
        }
        return String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart)) + "::"
                + String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
    }

    static boolean isIpv6(String canonical) {
        return canonical.indexOf(':') >= 0;
    }
}
