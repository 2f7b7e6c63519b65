package org.smtpsentry.logs;

/** Small decimal numbers inside log lines, read in place without substrings. */
public final class Decimals {
    private Decimals() {
    }

    /** The number written in {@code s} from {@code from} to {@code to}, or -1 when it is empty, too long or not digits. */
    public static int parse(String s, int from, int to) {
        if (to <= from || to - from > 9) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** The number written in bytes {@code from} to {@code to} of {@code b}; -1 as above. */
    public static int parse(byte[] b, int from, int to) {
        return (int) digits(b, from, to, 9);
    }

    /** The number written in bytes {@code from} to {@code to} of {@code b}, up to 18 digits; -1 as above. */
    public static long parseLong(byte[] b, int from, int to) {
        return digits(b, from, to, 18);
    }

    private static long digits(byte[] b, int from, int to, int most) {
        if (to <= from || to - from > most) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** The whole of {@code v} as a number, or -1 when it is null, empty, too long or not digits. */
    public static long parseLong(String v) {
        if (v == null || v.isEmpty() || v.length() > 18) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
