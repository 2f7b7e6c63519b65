package org.smtpsentry.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as the reports print them, in the zone of the logs. */
final class Times {
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("MM-dd HH:00", Locale.ROOT);

    private Times() {
    }

    static String full(Instant t, ZoneId zone) {
        return t == null ? "-" : FULL.format(t.atZone(zone));
    }

    static String hour(Instant t, ZoneId zone) {
        return HOUR.format(t.atZone(zone));
    }

    /** "2026-11-22 14:02 – 23:59" when both are on one day, else both in full. */
    static String span(Instant from, Instant to, ZoneId zone) {
        String a = full(from, zone);
        String b = full(to, zone);
        if (a.length() > 10 && b.length() > 10 && a.substring(0, 10).equals(b.substring(0, 10))) {
            b = b.substring(11);
        }
        return a + " – " + b;
    }
}
