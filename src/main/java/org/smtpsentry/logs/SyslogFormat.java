package org.smtpsentry.logs;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.Origin;

/**
 * Syslog-style mail logs: /var/log/mail.log through rsyslog (classic or RFC 3339 timestamps), Postfix's own
 * maillog_file, journalctl's short-iso output, and Dovecot's log_path (no host). Each line's program picks the
 * {@link SyslogProgram} that reads its message; lines of other programs are tallied as foreign.
 */
public final class SyslogFormat implements LogFormat {
    /** The family of the programs that are not mail's. */
    private static final SyslogProgram NONE = new SyslogProgram() {
        @Override
        public boolean handles(String program) {
            return false;
        }

        @Override
        public void decode(SyslogLine line, Origin origin, EventSink sink) {
        }
    };

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
        SyslogHeaders headers = new SyslogHeaders(new SyslogClock(Instant.now(), java.time.ZoneOffset.UTC));
        int parsed = 0;
        boolean known = false;
        for (String line : head) {
            SyslogLine l = headers.parse(LineBytes.of(line));
            if (l != null) {
                parsed++;
                known |= programFor(l.program(), programs) != null;
            }
        }
        return known && parsed * 2 >= head.size();
    }

    /** The families' steps, one after the other; null when no family has one. */
    @Override
    public InOrder inOrder() {
        InOrder[] steps = programs.stream().map(SyslogProgram::inOrder).filter(Objects::nonNull)
                .toArray(InOrder[]::new);
        return steps.length == 0 ? null : event -> {
            MailEvent e = event;
            for (InOrder step : steps) {
                e = step.next(e);
            }
            return e;
        };
    }

    @Override
    public LineDecoder decoder(LogSource source) {
        SyslogHeaders headers = new SyslogHeaders(new SyslogClock(source.writtenBy(), source.zone()));
        List<SyslogProgram> forInput = programs.stream().map(SyslogProgram::forInput).toList();
        NameTable<SyslogProgram> families = new NameTable<>(64, name -> familyOf(name, forInput));
        return new LineDecoder() {
            @Override
            public void decode(String line, Origin origin, EventSink sink) {
                decode(LineBytes.of(line), origin, sink);
            }

            @Override
            public void decode(LineBytes bytes, Origin origin, EventSink sink) {
                SyslogLine parsed = headers.parse(bytes);
                if (parsed == null) {
                    sink.notUnderstood("line without a syslog header", origin);
                    return;
                }
                SyslogProgram program = families.get(parsed.program());
                if (program != NONE) { // else another program's line (cron, kernel...): not mail, nothing to report
                    program.decode(parsed, origin, sink);
                }
            }

            @Override
            public boolean independentLines() {
                return true; // what one line tells about later ones is carried by inOrder()
            }

            /**
             * A line belongs to the session of its process: host, program and pid ("mx1 postfix/smtpd[4012]"). With
             * debug_peer_list, smtpd logs its dialogue as "&lt; name[addr]: command" and "&gt; name[addr]: reply".
             */
            @Override
            public Optional<InSession> sessionOf(String line) {
                SyslogLine l = headers.parse(LineBytes.of(line));
                if (l == null || l.pid() < 0) {
                    return Optional.empty();
                }
                String session = (l.host() == null ? "" : l.host() + " ") + l.program() + "[" + l.pid() + "]";
                String m = l.message();
                int peerEnd = m.startsWith("< ") || m.startsWith("> ") ? m.indexOf("]: ") : -1;
                if (peerEnd > 0) {
                    int messageAt = line.length() - m.length();
                    return Optional.of(InSession.dialogue(session, messageAt + peerEnd + 3, line.length()));
                }
                return Optional.of(InSession.note(session));
            }
        };
    }

    private static SyslogProgram familyOf(String program, List<SyslogProgram> programs) {
        SyslogProgram p = programFor(program, programs);
        return p == null ? NONE : p;
    }

    private static SyslogProgram programFor(String program, List<SyslogProgram> programs) {
        for (SyslogProgram p : programs) {
            if (p.handles(program)) {
                return p;
            }
        }
        return null;
    }
}
