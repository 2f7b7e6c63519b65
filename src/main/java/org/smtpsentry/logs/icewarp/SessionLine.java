package org.smtpsentry.logs.icewarp;

import org.smtpsentry.logs.LocalClock;

/**
 * An IceWarp session line cut apart: {@code peer} (the client's or remote server's IP, or "SYSTEM"), the session
 * {@code id} in brackets, the time of day in seconds, and the {@code text} after it.
 */
record SessionLine(String peer, String id, int secondOfDay, String text) {

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
        return new SessionLine(line.substring(0, space), line.substring(space + 2, close), h * 3600 + m * 60 + s,
                textStart + 1 <= line.length() ? line.substring(Math.min(textStart + 1, line.length())) : "");
    }
}
