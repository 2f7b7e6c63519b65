package org.smtpsentry.logs.icewarp;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.smtpsentry.logs.LocalClock;

/**
 * An IceWarp session line cut apart: {@code peer} (the client's or remote server's IP, or "SYSTEM"), the session
 * {@code id} in brackets, the time of day in seconds, and the {@code text} after it. Old versions wrote a whole date
 * ({@code Thu, 22 Apr 2004 22:01:42 +0200}) instead of the time of day: {@code at} is then that instant, else null.
 */
record SessionLine(String peer, String id, int secondOfDay, Instant at, String text) {

    static SessionLine cut(String line) {
        int space = line.indexOf(' ');
        if (space <= 0 || space + 2 >= line.length() || line.charAt(space + 1) != '[') {
            return null;
        }
        int close = line.indexOf(']', space + 2);
        if (close < 0 || close - space > 20 || close + 10 > line.length() || line.charAt(close + 1) != ' ') {
            return null;
        }
        int t = close + 2;
        if (t < line.length() && Character.isLetter(line.charAt(t))) {
            return withDate(line, space, close, t);
        }
        int h = LocalClock.digits(line, t, 2);
        int m = LocalClock.digits(line, t + 3, 2);
        int s = LocalClock.digits(line, t + 6, 2);
        if (h < 0 || m < 0 || s < 0 || line.charAt(t + 2) != ':' || line.charAt(t + 5) != ':' || h > 23 || m > 59
                || s > 60) {
            return null;
        }
        int textStart = t + 8;
        if (textStart < line.length() && line.charAt(textStart) != ' ') {
            return null;
        }
        return new SessionLine(line.substring(0, space), line.substring(space + 2, close), h * 3600 + m * 60 + s, null,
                textStart + 1 <= line.length() ? line.substring(Math.min(textStart + 1, line.length())) : "");
    }

    /** {@code peer [id] Thu, 22 Apr 2004 22:01:42 +0200 text}: the date is the five words after the id. */
    private static SessionLine withDate(String line, int space, int close, int t) {
        int end = t;
        for (int words = 0; words < 6 && end >= 0; words++) {
            end = line.indexOf(' ', end + 1);
        }
        if (end < 0 || end - t > 40) {
            return null;
        }
        try {
            Instant at = ZonedDateTime.parse(line.substring(t, end), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return new SessionLine(line.substring(0, space), line.substring(space + 2, close), -1, at,
                    line.substring(end + 1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
