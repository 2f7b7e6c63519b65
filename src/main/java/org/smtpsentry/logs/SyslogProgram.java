package org.smtpsentry.logs;

import org.smtpsentry.event.Origin;

/** The messages of one family of programs inside syslog-style logs (Postfix's daemons, Dovecot's processes). */
public interface SyslogProgram {

    /** Whether lines of {@code program} (e.g. "postfix/smtpd", "dovecot", "auth-worker(123)") are this family's. */
    boolean handles(String program);

    /**
     * The reader of this family for one input: a family that keeps state across lines, or caches, returns a fresh one,
     * so that inputs, threads and runs never share what they learnt.
     */
    default SyslogProgram forInput() {
        return this;
    }

    /**
     * Whether a line of this family leaves state that later lines are read with (Sendmail names a session's login
     * once, before its messages). The lines of families that keep none can be read in any order.
     */
    default boolean keepsState() {
        return false;
    }

    /** Decodes the message of a line this family handles. */
    void decode(SyslogLine line, Origin origin, EventSink sink);
}
