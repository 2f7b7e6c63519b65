package org.smtpsentry.text;

import java.util.Locale;

/** Figures as a report prints them: "4,213", "97 %". */
public final class Numbers {
    private Numbers() {
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A duration as fail2ban's settings write it: "10m", "1h", "2d", "90s". */
    public static String duration(java.time.Duration d) {
        long s = d.toSeconds();
        if (s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s % 3600 == 0) {
            return s / 3600 + "h";
        }
        return s % 60 == 0 ? s / 60 + "m" : s + "s";
    }

    /** A share as a whole percentage, "0 %" when the whole is zero. */
    public static String percent(long part, long whole) {
        if (whole == 0) {
            return "0 %";
        }
        return Math.round(100.0 * part / whole) + " %";
    }
}
