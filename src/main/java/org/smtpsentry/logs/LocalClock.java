package org.smtpsentry.logs;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * Local date and time figures to instants in one zone, with the zone arithmetic done once per hour: logs that write
 * "2026-11-22 10:58:43" (Exim, IceWarp) or a time of day under a date known otherwise are read at syslog's speed.
 * Also reads the figures themselves from text, without regular expressions.
 */
public final class LocalClock {
    private final ZoneRules zone;
    private long lastHourKey = Long.MIN_VALUE;
    private long lastHourStart;

    public LocalClock(ZoneId zone) {
        this.zone = zone.getRules();
    }

    /** The instant of these local figures, or null when they are impossible (month 13, 25 o'clock). */
    public Instant at(int year, int month, int day, int hour, int minute, int second, int nanos) {
        if (month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 60 || year < 1970 || year > 9999) {
            return null;
        }
        long key = ((year * 13L + month) * 32 + day) * 24 + hour;
        if (key != lastHourKey) {
            try {
                LocalDateTime local = LocalDateTime.of(year, month, day, hour, 0);
                lastHourStart = local.toEpochSecond(zone.getOffset(local));
            } catch (DateTimeException e) {
                return null; // 31 November
            }
            lastHourKey = key;
        }
        return Instant.ofEpochSecond(lastHourStart + minute * 60L + Math.min(second, 59), nanos);
    }

    /** {@code n} decimal digits of {@code s} at {@code at}, or -1 when one of them is not a digit (or out of range). */
    public static int digits(String s, int at, int n) {
        if (at < 0 || at + n > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = at; i < at + n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /**
     * Whether {@code s} has "YYYY-MM-DD HH:MM:SS" (or with a 'T') at {@code at}: Exim's and Exchange's timestamps.
     */
    public static boolean isDateTime(String s, int at) {
        return s.length() >= at + 19 && s.charAt(at + 4) == '-' && s.charAt(at + 7) == '-'
                && (s.charAt(at + 10) == ' ' || s.charAt(at + 10) == 'T') && s.charAt(at + 13) == ':'
                && s.charAt(at + 16) == ':' && digits(s, at, 4) >= 0;
    }

    /** The "YYYY-MM-DD HH:MM:SS" at {@code at} in this zone (see {@link #isDateTime}), or null. */
    public Instant dateTime(String s, int at, int nanos) {
        return at(digits(s, at, 4), digits(s, at + 5, 2), digits(s, at + 8, 2), digits(s, at + 11, 2),
                digits(s, at + 14, 2), digits(s, at + 17, 2), nanos);
    }
}
