package org.smtpsentry.text;

/** Figures as a report prints them: "4,213", "97 %". */
public final class Numbers {
    private Numbers() {
    }

    /**
     * A count with its thousands grouped by commas, as {@code String.format(Locale.ROOT, "%,d", n)} writes it; by hand
     * because the formatter loads the JDK's locale data at its first use, ~25 ms at the end of every report.
     */
    public static String count(long n) {
        String digits = Long.toString(n);
        int sign = n < 0 ? 1 : 0;
        int length = digits.length() - sign;
        if (length <= 3) {
            return digits;
        }
        StringBuilder grouped = new StringBuilder(digits.length() + (length - 1) / 3);
        grouped.append(digits, 0, sign);
        int group = (length - 1) % 3 + 1; // the digits before the first comma
        for (int i = sign; i < digits.length(); i += group, group = 3) {
            if (i > sign) {
                grouped.append(',');
            }
            grouped.append(digits, i, i + group);
        }
        return grouped.toString();
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
