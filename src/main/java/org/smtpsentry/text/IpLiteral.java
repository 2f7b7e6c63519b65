package org.smtpsentry.text;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/** IP address literals: read from text without ever asking DNS, printed in their short form (RFC 5952). */
public final class IpLiteral {
    private IpLiteral() {
    }

    /** The address {@code text} spells (dotted quad or IPv6), or null when it is not an IP literal. */
    public static InetAddress parse(String text) {
        boolean v4 = text.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = text.indexOf(':') >= 0 && text.matches("[0-9A-Fa-f:.]+");
        if (!v4 && !v6) {
            return null;
        }
        try {
            return InetAddress.getByName(text); // a literal: InetAddress does not look it up
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /**
     * Dotted quad for IPv4; for IPv6 the longest run of two or more zero groups written "::", as nft and ss print
     * it ("2001:db8:0:0:0:0:0:25" -> "2001:db8::25").
     */
    public static String text(InetAddress address) {
        String full = address.getHostAddress();
        if (!(address instanceof Inet6Address)) {
            return full;
        }
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
        return String.join(":", Arrays.copyOfRange(groups, 0, bestStart)) + "::"
                + String.join(":", Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
    }
}
