package org.smtpsentry.queue;

import java.time.Duration;

/** Ages as an operator reads them: "42s", "17m", "5h", "3d". */
public final class Ages {
    private Ages() {
    }

    public static String of(Duration age) {
        long s = Math.max(0, age.toSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return s / 60 + "m";
        }
        if (s < 86400) {
            return s / 3600 + "h";
        }
        return s / 86400 + "d";
    }

    /** The bucket of a queue age for stats: under 1h, 1-6h, 6-24h, 1-3d, over 3d. */
    public static String bucket(Duration age) {
        long h = age.toHours();
        if (h < 1) {
            return "< 1h";
        }
        if (h < 6) {
            return "1-6h";
        }
        if (h < 24) {
            return "6-24h";
        }
        return h < 72 ? "1-3d" : "> 3d";
    }
}
