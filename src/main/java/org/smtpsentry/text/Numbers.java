package org.smtpsentry.text;

import java.util.Locale;

/** Figures as a report prints them: "4,213", "97 %". */
public final class Numbers {
    private Numbers() {
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A share as a whole percentage, "0 %" when the whole is zero. */
    public static String percent(long part, long whole) {
        if (whole == 0) {
            return "0 %";
        }
        return Math.round(100.0 * part / whole) + " %";
    }
}
