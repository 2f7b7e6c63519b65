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
     * What the events of one input pass through in order, for a family whose lines tell about later ones (Sendmail
     * names a session's login once, before its messages), or null. Its lines are still decoded in any order; a line
     * that tells about later ones calls {@link EventSink#passInOrder()}.
     */
    default InOrder inOrder() {
        return null;
    }

    /** Decodes the message of a line this family handles. */
    void decode(SyslogLine line, Origin origin, EventSink sink);
}
