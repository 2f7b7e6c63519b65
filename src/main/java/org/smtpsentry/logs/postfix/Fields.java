package org.smtpsentry.logs.postfix;

import org.smtpsentry.logs.Decimals;

/**
 * Postfix's {@code name=value} and {@code name=<value>} fields, found with plain string searches: no regular
 * expressions on the hot path.
 */
final class Fields {
    private Fields() {
    }

    /** The value of {@code name=<...>} in {@code s} ("" for {@code <>}), or null when absent. */
    static String angled(String s, String nameWithEquals, int from) {
        int at = find(s, nameWithEquals, from);
        if (at < 0) {
            return null;
        }
        int open = at + nameWithEquals.length();
        if (open >= s.length() || s.charAt(open) != '<') {
            return null;
        }
        int close = s.indexOf('>', open + 1);
        return close < 0 ? null : s.substring(open + 1, close);
    }

    /** The value of {@code name=value} up to the next ',' or ' ' (or end), or null when absent. */
    static String plain(String s, String nameWithEquals, int from) {
        int start = valueStart(s, nameWithEquals, from);
        return start < 0 ? null : s.substring(start, valueEnd(s, start));
    }

    private static int valueStart(String s, String nameWithEquals, int from) {
        int at = find(s, nameWithEquals, from);
        return at < 0 ? -1 : at + nameWithEquals.length();
    }

    /** Where a value that starts at {@code start} ends: at the next ',' or ' ', or at the end. */
    static int valueEnd(String s, int start) {
        int end = start;
        for (int n = s.length(); end < n; end++) {
            char c = s.charAt(end);
            if (c == ',' || c == ' ') {
                break;
            }
        }
        return end;
    }

    /** A decimal field value, or -1. */
    static long number(String s, String nameWithEquals, int from) {
        return Decimals.parseLong(plain(s, nameWithEquals, from));
    }

    /** Where {@code name} starts as a whole field name (at {@code from} or after ' ' or ','), or -1. */
    private static int find(String s, String name, int from) {
        int at = s.indexOf(name, from);
        while (at > 0) {
            char before = s.charAt(at - 1);
            if (before == ' ' || before == ',' || at == from) {
                return at;
            }
            at = s.indexOf(name, at + 1);
        }
        return at;
    }
}
