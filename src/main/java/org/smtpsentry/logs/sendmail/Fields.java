package org.smtpsentry.logs.sendmail;

import org.smtpsentry.logs.Decimals;

/** Sendmail's {@code name=value, } fields, found with plain string searches. */
final class Fields {
    private Fields() {
    }

    /** The value of {@code name=} up to the next ", " (or the end), or null when absent. */
    static String value(String s, String nameWithEquals) {
        int at = s.indexOf(nameWithEquals);
        while (at > 0 && s.charAt(at - 1) != ' ' && s.charAt(at - 1) != ',') {
            at = s.indexOf(nameWithEquals, at + 1);
        }
        if (at < 0) {
            return null;
        }
        int start = at + nameWithEquals.length();
        int end = s.indexOf(", ", start);
        return s.substring(start, end < 0 ? s.length() : end);
    }

    /** The address at {@code from}: {@code <a@b>}, {@code <>} or a bare {@code user}, up to ", ". */
    static String address(String s, int from) {
        int end = s.indexOf(", ", from);
        return unangle(s.substring(from, end < 0 ? s.length() : end));
    }

    static String unangle(String a) {
        return a.startsWith("<") && a.endsWith(">") ? a.substring(1, a.length() - 1) : a;
    }

    /** The IP in "name [ip]", "[ip]" or "[IPv6:2001:db8::1]", or null. */
    static String bracketedIp(String relay) {
        if (relay == null) {
            return null;
        }
        int open = relay.lastIndexOf('[');
        int close = relay.indexOf(']', open + 1);
        if (open < 0 || close < 0) {
            return null;
        }
        String ip = relay.substring(open + 1, close);
        return ip.startsWith("IPv6:") ? ip.substring(5) : ip;
    }

    static long number(String v) {
        return Decimals.parseLong(v);
    }
}
