package org.smtpsentry.logs;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * Reads the two timestamp forms of syslog-style mail logs without regular expressions: classic BSD
 * ({@code Nov 10 10:58:43}, no year, no zone) and RFC 3339 ({@code 2026-11-22T10:58:43.123456+01:00}, also
 * journalctl's {@code +0100}).
 *
 * <p>A classic timestamp gets the year that puts it at or before the moment the input was last written, with a day
 * of slack for clock skew: a file written on 2 January holds "Dec 31" lines of the year before and "Jan 1" lines of
 * its own, so a log that crosses new year rolls over correctly.
 */
public final class SyslogClock {
    private final ZoneRules zone;
    private final LocalDate writtenBy;
    /** Epoch second of each local (month, day, hour) seen, or Long.MIN_VALUE: zone arithmetic once per hour. */
    private final long[] hourStart = new long[13 * 32 * 24];
    /** "Mmm dd hh:mm" of the last classic timestamp read in full, the epoch second of its minute, the last instant. */
    private final byte[] minute = new byte[12];
    private boolean minuteKnown;
    /** The whole last classic timestamp, "Mmm dd hh:mm:ss", of {@link #lastInstant}. */
    private final byte[] stamp = new byte[15];
    private boolean stampKnown;
    private long minuteStart;
    private int lastSecond;
    private Instant lastInstant;

    public SyslogClock(Instant writtenBy, ZoneId zone) {
        this.zone = zone.getRules();
        this.writtenBy = LocalDate.ofInstant(writtenBy, zone);
        java.util.Arrays.fill(hourStart, Long.MIN_VALUE);
    }

    /**
     * The instant of the classic timestamp at {@code from} in {@code b} (a line ending at {@code to}), or null when there
     * is none there or its figures are impossible. A line of the same second as the one before (most lines of a busy
     * log) is told by its fifteen bytes, compared as two words.
     */
    public Instant classicAt(byte[] b, int from, int to) {
        if (stampKnown && to - from >= 15 && LineBytes.holds(b, from, stamp)) {
            return lastInstant;
        }
        return classicLength(b, from, to) > 0 ? classic(b, from) : null;
    }

    /** Length of a classic timestamp at {@code from} in {@code b} (a line ending at {@code to}), or 0 when none. */
    public static int classicLength(byte[] b, int from, int to) {
        if (to - from < 15 || b[from + 3] != ' ' || b[from + 6] != ' ' || b[from + 9] != ':' || b[from + 12] != ':'
                || month(b, from) < 0) {
            return 0;
        }
        return 15;
    }

    /**
     * The instant of the classic timestamp at {@code from} in {@code b} (checked with {@link #classicLength} first);
     * null when its figures are impossible. Consecutive lines mostly share their minute: only the seconds are read
     * then, and lines of the same second share one instant.
     */
    public Instant classic(byte[] b, int from) {
        if (minuteKnown && LineBytes.holds(b, from, minute)) {
            int second = twoDigits(b, from + 13, false);
            if (second < 0 || second > 60) {
                return null;
            }
            if (second != lastSecond) {
                lastSecond = second;
                lastInstant = Instant.ofEpochSecond(minuteStart + second);
            }
            return stamped(b, from);
        }
        int month = month(b, from);
        int day = twoDigits(b, from + 4, true);
        int hour = twoDigits(b, from + 7, false);
        int minute = twoDigits(b, from + 10, false);
        int second = twoDigits(b, from + 13, false);
        if (month < 1 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 60) {
            return null;
        }
        int key = (month * 32 + day) * 24 + hour;
        long start = hourStart[key];
        if (start == Long.MIN_VALUE) {
            LocalDate date = dateFor(month, day);
            if (date == null) {
                return null;
            }
            LocalDateTime local = date.atTime(hour, 0);
            start = local.toEpochSecond(zone.getOffset(local));
            hourStart[key] = start;
        }
        System.arraycopy(b, from, this.minute, 0, 12);
        minuteKnown = true;
        minuteStart = start + minute * 60L;
        lastSecond = second;
        lastInstant = Instant.ofEpochSecond(minuteStart + second);
        return stamped(b, from);
    }

    /** Notes the timestamp at {@code from} as the one of {@link #lastInstant}, and returns that. */
    private Instant stamped(byte[] b, int from) {
        System.arraycopy(b, from, stamp, 0, 15);
        stampKnown = true;
        return lastInstant;
    }

    private LocalDate dateFor(int month, int day) {
        int year = writtenBy.getYear();
        for (int attempt = 0; attempt < 8; attempt++, year--) {
            LocalDate candidate;
            try {
                candidate = LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                continue; // Feb 29 in a common year: the line is from the last leap year before
            }
            if (!candidate.isAfter(writtenBy.plusDays(1))) {
                return candidate;
            }
        }
        return null;
    }

    /** Length of an RFC 3339 timestamp at {@code from} in {@code b} (up to the first space), or 0. */
    public static int rfc3339Length(byte[] b, int from, int to) {
        if (to - from < 20 || b[from + 4] != '-' || b[from + 7] != '-' || b[from + 10] != 'T' || !digit(b[from])) {
            return 0;
        }
        for (int i = from + 19; i < to; i++) {
            if (b[i] == ' ') {
                return i - from;
            }
        }
        return 0;
    }

    /** The instant of an RFC 3339 timestamp of {@code length} bytes at {@code from} in {@code b}, or null. */
    public Instant rfc3339(byte[] b, int from, int length) {
        int year = Decimals.parse(b, from, from + 4);
        int month = twoDigits(b, from + 5, false);
        int day = twoDigits(b, from + 8, false);
        int hour = twoDigits(b, from + 11, false);
        int minute = twoDigits(b, from + 14, false);
        int second = twoDigits(b, from + 17, false);
        if (year < 0 || b[from + 13] != ':' || b[from + 16] != ':') {
            return null;
        }
        int end = from + length;
        int i = from + 19;
        int nanos = 0;
        if (i < end && b[i] == '.') {
            int scale = 100_000_000;
            for (i++; i < end && digit(b[i]); i++) {
                nanos += (b[i] - '0') * scale;
                scale /= 10;
            }
        }
        long offsetSeconds;
        if (i == end - 1 && (b[i] == 'Z' || b[i] == 'z')) {
            offsetSeconds = 0;
        } else if (i < end && (b[i] == '+' || b[i] == '-')) {
            int sign = b[i] == '-' ? -1 : 1;
            // "+01:00" or "+0100", read no further than the timestamp's end
            int oh = i + 2 < end ? twoDigits(b, i + 1, false) : -1;
            int om = i + 3 < end && b[i + 3] == ':' ? (i + 5 < end ? twoDigits(b, i + 4, false) : -1)
                    : i + 4 < end ? twoDigits(b, i + 3, false) : -1;
            if (oh < 0 || om < 0) {
                return null;
            }
            offsetSeconds = sign * (oh * 3600L + om * 60L);
        } else if (i == end) {
            offsetSeconds = Long.MIN_VALUE; // no zone: local time
        } else {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, Math.min(second, 59));
            long epoch = offsetSeconds == Long.MIN_VALUE ? local.toEpochSecond(zone.getOffset(local))
                    : local.toEpochSecond(java.time.ZoneOffset.UTC) - offsetSeconds;
            return Instant.ofEpochSecond(epoch, nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The month of "Jan".."Dec" at {@code from} in {@code b}, 1..12, or -1. */
    private static int month(byte[] b, int from) {
        byte x = b[from];
        byte y = b[from + 1];
        byte z = b[from + 2];
        return switch (x) {
            case 'J' -> y == 'a' && z == 'n' ? 1 : y == 'u' ? (z == 'n' ? 6 : z == 'l' ? 7 : -1) : -1;
            case 'F' -> y == 'e' && z == 'b' ? 2 : -1;
            case 'M' -> y == 'a' ? (z == 'r' ? 3 : z == 'y' ? 5 : -1) : -1;
            case 'A' -> y == 'p' && z == 'r' ? 4 : y == 'u' && z == 'g' ? 8 : -1;
            case 'S' -> y == 'e' && z == 'p' ? 9 : -1;
            case 'O' -> y == 'c' && z == 't' ? 10 : -1;
            case 'N' -> y == 'o' && z == 'v' ? 11 : -1;
            case 'D' -> y == 'e' && z == 'c' ? 12 : -1;
            default -> -1;
        };
    }

    private static int twoDigits(byte[] b, int at, boolean spacePadded) {
        byte x = b[at];
        byte y = b[at + 1];
        if (spacePadded && x == ' ') {
            x = '0';
        }
        if (!digit(x) || !digit(y)) {
            return -1;
        }
        return (x - '0') * 10 + (y - '0');
    }

    private static boolean digit(byte b) {
        return b >= '0' && b <= '9';
    }
}
