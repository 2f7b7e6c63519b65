package org.smtpsentry.logs.exim;

/**
 * Exim's {@code X=value} fields after a message line's address: a field starts after a space with one to three
 * upper-case letters (or "id") and '='; its value runs to the next field, or is quoted (C="250 OK id=..."). Found by plain
 * scanning, no regular expressions.
 */
final class EximFields {
    private EximFields() {
    }

    /** The value of field {@code key} (e.g. "H") at or after {@code from}, or null when the line has none. */
    static String value(String s, int from, String key) {
        int i = from;
        int n = s.length();
        while (i < n) {
            int start = fieldStart(s, i);
            if (start < 0) {
                return null;
            }
            int eq = s.indexOf('=', start);
            int valueStart = eq + 1;
            int valueEnd;
            if (valueStart < n && s.charAt(valueStart) == '"') {
                valueEnd = closingQuote(s, valueStart + 1);
                if (eq - start == key.length() && s.startsWith(key, start)) {
                    return s.substring(valueStart + 1, valueEnd);
                }
                i = Math.min(n, valueEnd + 1);
                continue;
            }
            int next = fieldStart(s, valueStart);
            valueEnd = next < 0 ? n : next - 1;
            if (eq - start == key.length() && s.startsWith(key, start)) {
                return s.substring(valueStart, Math.max(valueStart, valueEnd)).trim();
            }
            i = next < 0 ? n : next;
        }
        return null;
    }

    /** Where the next field name starts at or after {@code from} (just after a space, or at {@code from}), or -1. */
    private static int fieldStart(String s, int from) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            if (i > from && s.charAt(i - 1) != ' ') {
                continue;
            }
            int j = i;
            while (j < n && j - i < 4 && s.charAt(j) >= 'A' && s.charAt(j) <= 'Z') {
                j++;
            }
            if (j > i && j - i <= 3 && j < n && s.charAt(j) == '=') {
                return i;
            }
            if (s.startsWith("id=", i)) {
                return i; // the Message-ID, Exim's one lower-case field
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
