package org.smtpsentry.logs.exim;

/**
 * Exim's {@code X=value} fields after a message line's address: a field starts after a space with one to three
 * upper-case letters (or "id") and '='; its value runs to the next field, or is quoted (C="250 OK id=..."). Found by plain
 * scanning, no regular expressions.
 */
final class EximFields {
    private EximFields() {
    }

    /**
     * The value of the field whose marker is {@code marker} (" H=", " id=") at or after {@code from}, or null when
     * the line has none. A marker inside a quoted value (C="... X=...") does not count.
     */
    static String value(String s, int from, String marker) {
        int at = s.indexOf(marker, Math.max(0, from - 1));
        while (at >= 0 && insideQuotes(s, from, at)) {
            at = s.indexOf(marker, at + 1);
        }
        if (at < 0) {
            return null;
        }
        int valueStart = at + marker.length();
        if (valueStart < s.length() && s.charAt(valueStart) == '"') {
            return s.substring(valueStart + 1, closingQuote(s, valueStart + 1));
        }
        int next = nextField(s, valueStart);
        return s.substring(valueStart, next < 0 ? s.length() : next - 1).trim();
    }

    /** Whether {@code at} is inside a quoted value, counting quotes from {@code from}. */
    private static boolean insideQuotes(String s, int from, int at) {
        int quote = s.indexOf('"', from);
        if (quote < 0 || quote > at) {
            return false;
        }
        boolean inside = false;
        for (int i = quote; i < at; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Where the next field name starts after {@code from} (just after a space), or -1. */
    private static int nextField(String s, int from) {
        int n = s.length();
        for (int space = s.indexOf(' ', from); space >= 0; space = s.indexOf(' ', space + 1)) {
            int i = space + 1;
            int j = i;
            while (j < n && j - i < 4 && s.charAt(j) >= 'A' && s.charAt(j) <= 'Z') {
                j++;
            }
            if (j > i && j - i <= 3 && j < n && s.charAt(j) == '=' || s.startsWith("id=", i)) {
                return i;
            }
        }
        return -1;
    }

    private static int closingQuote(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return s.length();
    }

    /** The address in "[192.0.2.1]:25" or "name (helo) [192.0.2.1]:25", or null. */
    static String ip(String host) {
        if (host == null) {
            return null;
        }
        int open = host.lastIndexOf('[');
        int close = host.indexOf(']', open + 1);
        return open < 0 || close < 0 ? null : host.substring(open + 1, close);
    }

    /** The HELO name in "name (helo) [ip]" or "(helo) [ip]"; the reverse name when the client's HELO matched it. */
    static String helo(String host) {
        if (host == null) {
            return null;
        }
        int open = host.indexOf('(');
        int close = host.indexOf(')', open + 1);
        if (open >= 0 && close > open) {
            return host.substring(open + 1, close);
        }
        int bracket = host.indexOf('[');
        String name = (bracket < 0 ? host : host.substring(0, bracket)).trim();
        return name.isEmpty() ? null : name;
    }

    /** An authenticator's driver name as the SASL mechanism: "dovecot_login" is LOGIN, "cram_md5" CRAM-MD5. */
    static String mechanism(String authenticator) {
        String a = authenticator.toLowerCase(java.util.Locale.ROOT);
        for (String m : new String[] {"cram_md5", "digest_md5", "scram_sha_1", "scram_sha_256", "plain", "login",
                "xoauth2", "gssapi", "external"}) {
            if (a.endsWith(m)) {
                return m.toUpperCase(java.util.Locale.ROOT).replace('_', '-');
            }
        }
        return authenticator;
    }

    /** The first "d.d.d" enhanced status code in {@code text}, or null. */
    static String dsn(String text) {
        for (int i = 0; i + 4 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '2' || c == '4' || c == '5') && text.charAt(i + 1) == '.' && (i == 0 || text.charAt(i - 1) == ' ')) {
                int j = i + 2;
                while (j < text.length() && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                if (j > i + 2 && j < text.length() && text.charAt(j) == '.') {
                    int k = j + 1;
                    while (k < text.length() && Character.isDigit(text.charAt(k))) {
                        k++;
                    }
                    if (k > j + 1) {
                        return text.substring(i, k);
                    }
                }
            }
        }
        return null;
    }
}
