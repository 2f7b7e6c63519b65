package org.smtpsentry.logs;

import org.smtpsentry.event.Origin;

/** The messages of one family of programs inside syslog-style logs (Postfix's daemons, Dovecot's processes). */
public interface SyslogProgram {

    /** Whether lines of {@code program} (e.g. "postfix/smtpd", "dovecot", "auth-worker(123)") are this family's. */
    boolean handles(String program);

    /** Decodes the message of a line this family handles. */
    void decode(SyslogLine line, Origin origin, EventSink sink);
}
