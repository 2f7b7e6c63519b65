package org.smtpsentry.logs;

import java.time.Instant;

/**
 * Cuts syslog lines of one input into header and message, reading the header from the line's bytes in one pass.
 * Host and program names repeat on nearly every line, so they are kept in a small table and reused instead of decoded
 * again: fewer allocations, and later lookups keyed by them find their hash already computed.
 */
final class SyslogHeaders {
    private final SyslogClock clock;
    private final RecentValues<String> names = new RecentValues<>(128, name -> name);
    /** The line last parsed: the one object handed out for every line. */
    private final SyslogLine parsed = new SyslogLine();

    SyslogHeaders(SyslogClock clock) {
        this.clock = clock;
    }

    /** The line cut into header and message, valid until the next call; null when it has no syslog header. */
    SyslogLine parse(LineBytes line) {
        byte[] b = line.bytes();
        int from = line.from();
        int to = line.to();
        int stamp = 15;
        Instant time = clock.classicAt(b, from, to);
        if (time == null) {
            stamp = SyslogClock.rfc3339Length(b, from, to);
            time = stamp > 0 ? clock.rfc3339(b, from, stamp) : null;
        }
        int at = from + stamp;
        if (time == null || at >= to || b[at] != ' ') {
            return null;
        }
        int first = at + 1;
        int firstEnd = line.indexOf((byte) ' ', first);
        if (firstEnd <= first) {
            return null;
        }
        String host = null;
        int tagStart = first;
        int tagEnd = firstEnd;
        if (b[firstEnd - 1] != ':') { // "host program[pid]:"; Dovecot's own log has no host
            host = names.of(line, first, firstEnd);
            tagStart = firstEnd + 1;
            tagEnd = line.indexOf((byte) ' ', tagStart);
            if (tagEnd < 0) {
                tagEnd = to;
            }
            if (tagEnd <= tagStart || b[tagEnd - 1] != ':') {
                return null;
            }
        }
        int nameEnd = tagEnd - 1;
        int pidFrom = -1;
        int pidTo = -1;
        if (b[nameEnd - 1] == ']') {
            int open = nameEnd - 2;
            while (open > tagStart && b[open] != '[') {
                open--;
            }
            if (open > tagStart) {
                pidFrom = open + 1;
                pidTo = nameEnd - 1;
                nameEnd = open;
            }
        }
        String program = nameEnd > tagStart ? names.of(line, tagStart, nameEnd) : ""; // ": message" has none
        return parsed.set(time, host, program, pidFrom, pidTo, line, Math.min(tagEnd + 1, to));
    }
}
