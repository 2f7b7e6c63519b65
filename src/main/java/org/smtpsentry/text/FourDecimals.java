package org.smtpsentry.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A number as the JSON reports write it: rounded half-even to at most four decimals, without trailing zeros, never in
 * exponent form. The same text as {@code BigDecimal.valueOf(d).setScale(4, HALF_EVEN).stripTrailingZeros()
 * .toPlainString()}, worked out on the digits of {@link Double#toString(double)} for the numbers a report holds:
 * BigDecimal's class initialisation alone took ~10 ms of every report (tables of powers of ten).
 */
final class FourDecimals {
    /** Beyond this the scaled value would not fit a long: such numbers go to BigDecimal. */
    private static final double LIMIT = 1e14;
    private static final long[] POWERS = new long[19];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private FourDecimals() {
    }

    /** {@code d}, finite. */
    static String of(double d) {
        if (!(Math.abs(d) < LIMIT)) {
            return BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        }
        String s = Double.toString(Math.abs(d)); // the shortest decimal that reads back as d: "0.125", "1.5E-5"
        int e = s.indexOf('E');
        int exponent = e < 0 ? 0 : Integer.parseInt(s, e + 1, s.length(), 10);
        int end = e < 0 ? s.length() : e;
        int dot = s.indexOf('.');
        long digits = Long.parseLong(s.substring(0, dot) + s.substring(dot + 1, end)); // at most 17 significant
        exponent -= end - dot - 1; // |d| = digits * 10^exponent
        long scaled = toScale4(digits, exponent);
        if (scaled == 0) {
            return "0";
        }
        StringBuilder b = new StringBuilder(24);
        if (d < 0) {
            b.append('-');
        }
        b.append(scaled / 10_000);
        int decimals = (int) (scaled % 10_000);
        if (decimals != 0) {
            int width = 4;
            while (decimals % 10 == 0) {
                decimals /= 10;
                width--;
            }
            String text = Integer.toString(decimals);
            b.append('.').repeat('0', width - text.length()).append(text);
        }
        return b.toString();
    }

    /** {@code digits * 10^exponent * 10^4}, rounded half-even to a whole number. */
    private static long toScale4(long digits, int exponent) {
        int drop = -exponent - 4;
        if (drop <= 0) {
            return digits * POWERS[-drop];
        }
        if (drop >= POWERS.length) {
            return 0; // digits < 10^17 < half of 10^drop
        }
        long unit = POWERS[drop];
        long kept = digits / unit;
        long rest = digits % unit;
        long half = unit / 2;
        return rest > half || rest == half && (kept & 1) == 1 ? kept + 1 : kept;
    }
}
