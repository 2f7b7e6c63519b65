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
    /** The last line whose classic timestamp was read in full, the epoch second of its minute, the last instant. */
    private String minuteLine;
    private long minuteStart;
    private int lastSecond;
    private Instant lastInstant;

    public SyslogClock(Instant writtenBy, ZoneId zone) {
        this.zone = zone.getRules();
        this.writtenBy = LocalDate.ofInstant(writtenBy, zone);
        java.util.Arrays.fill(hourStart, Long.MIN_VALUE);
    }

    /** Length of a classic timestamp at the start of {@code line}, or 0 when there is none there. */
    public static int classicLength(String line) {
        if (line.length() < 15 || line.charAt(3) != ' ' || line.charAt(6) != ' ' || line.charAt(9) != ':'
                || line.charAt(12) != ':' || month(line) < 0) {
            return 0;
        }
        return 15;
    }

    /**
     * The instant of the classic timestamp at the start of {@code line} (checked with {@link #classicLength} first);
     * null when its figures are impossible. Consecutive lines mostly share their minute: only the seconds are read
     * then, and lines of the same second share one instant.
     */
    public Instant classic(String line) {
        if (minuteLine != null && line.regionMatches(0, minuteLine, 0, 12)) {
            int second = twoDigits(line, 13, false);
            if (second < 0 || second > 60) {
                return null;
            }
            if (second != lastSecond) {
                lastSecond = second;
                lastInstant = Instant.ofEpochSecond(minuteStart + second);
            }
            return lastInstant;
        }
        int month = month(line);
        int day = twoDigits(line, 4, true);
        int hour = twoDigits(line, 7, false);
        int minute = twoDigits(line, 10, false);
        int second = twoDigits(line, 13, false);
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
        minuteLine = line;
        minuteStart = start + minute * 60L;
        lastSecond = second;
        lastInstant = Instant.ofEpochSecond(minuteStart + second);
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

    /** Length of an RFC 3339 timestamp at the start of {@code line} (up to the first space), or 0. */
    public static int rfc3339Length(String line) {
        if (line.length() < 20 || line.charAt(4) != '-' || line.charAt(7) != '-' || line.charAt(10) != 'T'
                || !Character.isDigit(line.charAt(0))) {
            return 0;
        }
        int space = line.indexOf(' ', 19);
        return space < 0 ? 0 : space;
    }

    /** The instant of an RFC 3339 timestamp of {@code length} characters at the start of {@code line}, or null. */
    public Instant rfc3339(String line, int length) {
        int year = Decimals.parse(line, 0, 4);
        int month = twoDigits(line, 5, false);
        int day = twoDigits(line, 8, false);
        int hour = twoDigits(line, 11, false);
        int minute = twoDigits(line, 14, false);
        int second = twoDigits(line, 17, false);
        if (year < 0 || line.charAt(13) != ':' || line.charAt(16) != ':') {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (i < length && line.charAt(i) == '.') {
            int scale = 100_000_000;
            for (i++; i < length && Character.isDigit(line.charAt(i)); i++) {
                nanos += (line.charAt(i) - '0') * scale;
                scale /= 10;
            }
        }
        long offsetSeconds;
        if (i == length - 1 && (line.charAt(i) == 'Z' || line.charAt(i) == 'z')) {
            offsetSeconds = 0;
        } else if (i < length && (line.charAt(i) == '+' || line.charAt(i) == '-')) {
            int sign = line.charAt(i) == '-' ? -1 : 1;
            int oh = twoDigits(line, i + 1, false);
            int om = line.length() > i + 3 && line.charAt(i + 3) == ':' ? twoDigits(line, i + 4, false)
                    : twoDigits(line, i + 3, false);
            if (oh < 0 || om < 0) {
                return null;
            }
            offsetSeconds = sign * (oh * 3600L + om * 60L);
        } else if (i == length) {
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

    /** The month of "Jan".."Dec" at the start of the line, 1..12, or -1. */
    private static int month(String line) {
        char a = line.charAt(0);
        char b = line.charAt(1);
        char c = line.charAt(2);
        int m = switch (a) {
            case 'J' -> b == 'a' && c == 'n' ? 1 : b == 'u' ? (c == 'n' ? 6 : c == 'l' ? 7 : -1) : -1;
            case 'F' -> b == 'e' && c == 'b' ? 2 : -1;
            case 'M' -> b == 'a' ? (c == 'r' ? 3 : c == 'y' ? 5 : -1) : -1;
            case 'A' -> b == 'p' && c == 'r' ? 4 : b == 'u' && c == 'g' ? 8 : -1;
            case 'S' -> b == 'e' && c == 'p' ? 9 : -1;
            case 'O' -> b == 'c' && c == 't' ? 10 : -1;
            case 'N' -> b == 'o' && c == 'v' ? 11 : -1;
            case 'D' -> b == 'e' && c == 'c' ? 12 : -1;
            default -> -1;
        };
        return m;
    }

    private static int twoDigits(String s, int at, boolean spacePadded) {
        char a = s.charAt(at);
        char b = s.charAt(at + 1);
        if (spacePadded && a == ' ') {
            a = '0';
        }
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return -1;
        }
        return (a - '0') * 10 + (b - '0');
    }
}
