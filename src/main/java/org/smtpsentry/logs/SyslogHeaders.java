package org.smtpsentry.logs;

import java.time.Instant;

/**
 * Cuts syslog lines of one input into header and message. Host and program names repeat on nearly every line, so
 * the strings of the last few are kept and reused instead of copied again: fewer allocations, and later lookups keyed
 * by them find their hash already computed.
 */
final class SyslogHeaders {
    private static final int KEPT = 16;

    private final SyslogClock clock;
    private final String[] names = new String[KEPT];
    private int nextName;

    SyslogHeaders(SyslogClock clock) {
        this.clock = clock;
    }

    /** The line cut into header and message; null when it has no syslog header. */
    SyslogLine parse(String line) {
        int stamp = SyslogClock.classicLength(line);
        Instant time;
        if (stamp > 0) {
            time = clock.classic(line);
        } else {
            stamp = SyslogClock.rfc3339Length(line);
            time = stamp > 0 ? clock.rfc3339(line, stamp) : null;
        }
        if (time == null || stamp >= line.length() || line.charAt(stamp) != ' ') {
            return null;
        }
        int first = stamp + 1;
        int firstEnd = line.indexOf(' ', first);
        if (firstEnd <= first) {
            return null;
        }
        String host = null;
        int tagStart = first;
        int tagEnd = firstEnd;
        if (line.charAt(firstEnd - 1) != ':') { // "host program[pid]:"; Dovecot's own log has no host
            host = name(line, first, firstEnd);
            tagStart = firstEnd + 1;
            tagEnd = line.indexOf(' ', tagStart);
            if (tagEnd < 0) {
                tagEnd = line.length();
            }
            if (tagEnd <= tagStart || line.charAt(tagEnd - 1) != ':') {
                return null;
            }
        }
        int nameEnd = tagEnd - 1;
        int pid = -1;
        if (line.charAt(nameEnd - 1) == ']') {
            int open = line.lastIndexOf('[', nameEnd - 1);
            if (open > tagStart) {
                pid = Decimals.parse(line, open + 1, nameEnd - 1);
                nameEnd = open;
            }
        }
        String program = name(line, tagStart, nameEnd);
        String message = tagEnd + 1 < line.length() ? line.substring(tagEnd + 1) : "";
        return new SyslogLine(time, host, program, pid, message);
    }

    /** The text from {@code from} to {@code to}, as a string seen on a recent line if there is one. */
    private String name(String line, int from, int to) {
        int length = to - from;
        for (String kept : names) {
            if (kept != null && kept.length() == length && line.regionMatches(from, kept, 0, length)) {
                return kept;
            }
        }
        String name = line.substring(from, to);
        names[nextName] = name;
        nextName = (nextName + 1) % KEPT;
        return name;
    }
}
