package org.smtpsentry.logs.postfix;

import org.smtpsentry.event.SessionId;
import org.smtpsentry.logs.SyslogLine;

/**
 * The session id of an smtpd line ("mail postfix/smtpd[4012]"), kept per process so that the lines of one session
 * share one id instead of building the same string again on each. Host and program strings are reused by the
 * syslog reader, so comparing them by reference is enough; a miss only costs building the id once more.
 */
final class SessionIds {
    private static final int SLOTS = 1024;

    private final String[] hosts = new String[SLOTS];
    private final String[] programs = new String[SLOTS];
    private final int[] pids = new int[SLOTS];
    private final SessionId[] ids = new SessionId[SLOTS];

    SessionId of(SyslogLine line) {
        int slot = line.pid() & (SLOTS - 1);
        if (ids[slot] != null && pids[slot] == line.pid() && programs[slot] == line.program()
                && hosts[slot] == line.host()) {
            return ids[slot];
        }
        StringBuilder name = new StringBuilder(48); // one builder, not a concatenation's two
        if (line.host() != null) {
            name.append(line.host()).append(' ');
        }
        SessionId id = new SessionId(name.append(line.program()).append('[').append(line.pid()).append(']').toString());
        hosts[slot] = line.host();
        programs[slot] = line.program();
        pids[slot] = line.pid();
        ids[slot] = id;
        return id;
    }
}
