package org.smtpsentry.logs;

import org.smtpsentry.event.Origin;

/** The messages of one family of programs inside syslog-style logs (Postfix's daemons, Dovecot's processes). */
public interface SyslogProgram {

    /** Whether lines of {@code program} (e.g. "postfix/smtpd", "dovecot", "auth-worker(123)") are this family's. */
    boolean handles(String program);

    /**
     * The reader of this family for one input: a family that keeps state across lines (Sendmail names a session's
     * login once, before its messages) returns a fresh one, so that inputs and runs never share what they learnt.
     */
    default SyslogProgram forInput() {
        return this;
    }

    /** Decodes the message of a line this family handles. */
    void decode(SyslogLine line, Origin origin, EventSink sink);
}
