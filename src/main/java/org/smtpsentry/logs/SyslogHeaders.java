package org.smtpsentry.logs;

import java.time.Instant;

/**
 * Cuts syslog lines of one input into header and message. Host and program names repeat on nearly every line, so
 * they are kept in a small table and reused instead of copied again: fewer allocations, and later lookups keyed by
 * them find their hash already computed.
 */
final class SyslogHeaders {
    private final SyslogClock clock;
    private final RecentStrings names = new RecentStrings(64);

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
            host = names.of(line, first, firstEnd);
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
        String program = names.of(line, tagStart, nameEnd);
        String message = tagEnd + 1 < line.length() ? line.substring(tagEnd + 1) : "";
        return new SyslogLine(time, host, program, pid, message);
    }
}
