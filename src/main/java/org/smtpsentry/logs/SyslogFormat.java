package org.smtpsentry.logs;

import java.time.Instant;
import java.util.List;
import org.smtpsentry.event.Origin;

/**
 * Syslog-style mail logs: /var/log/mail.log through rsyslog (classic or RFC 3339 timestamps), Postfix's own
 * maillog_file, journalctl's short-iso output, and Dovecot's log_path (no host). Each line's program picks the
 * {@link SyslogProgram} that reads its message; lines of other programs are tallied as foreign.
 */
public final class SyslogFormat implements LogFormat {
    private final List<SyslogProgram> programs;

    public SyslogFormat(List<SyslogProgram> programs) {
        this.programs = List.copyOf(programs);
    }

    @Override
    public String name() {
        return "syslog";
    }

    @Override
    public String description() {
        return "syslog-style mail.log (Postfix, Dovecot), Postfix maillog_file, journalctl -o short-iso";
    }

    @Override
    public boolean recognizes(List<String> head) {
        SyslogClock clock = new SyslogClock(Instant.now(), java.time.ZoneOffset.UTC);
        int headers = 0;
        boolean known = false;
        for (String line : head) {
            SyslogLine parsed = parse(line, clock);
            if (parsed != null) {
                headers++;
                known |= programFor(parsed.program()) != null;
            }
        }
        return known && headers * 2 >= head.size();
    }

    @Override
    public LineDecoder decoder(LogSource source) {
        SyslogClock clock = new SyslogClock(source.writtenBy(), source.zone());
        return (line, origin, sink) -> decode(line, origin, sink, clock);
    }

    private void decode(String line, Origin origin, EventSink sink, SyslogClock clock) {
        SyslogLine parsed = parse(line, clock);
        if (parsed == null) {
            sink.notUnderstood("line without a syslog header", origin);
            return;
        }
        SyslogProgram program = programFor(parsed.program());
        if (program == null) {
            return; // another program's line (cron, kernel...): not mail, nothing to report
        }
        program.decode(parsed, origin, sink);
    }

    private SyslogProgram programFor(String program) {
        for (SyslogProgram p : programs) {
            if (p.handles(program)) {
                return p;
            }
        }
        return null;
    }

    /** Cuts a line into header and message; null when it has no syslog header. */
    static SyslogLine parse(String line, SyslogClock clock) {
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
            host = line.substring(first, firstEnd);
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
        String program = line.substring(tagStart, nameEnd);
        String message = tagEnd + 1 < line.length() ? line.substring(tagEnd + 1) : "";
        return new SyslogLine(time, host, program, pid, message);
    }
}
