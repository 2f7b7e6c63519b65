package org.smtpsentry.logs.postfix;

import org.smtpsentry.event.Origin;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.logs.EventSink;
import org.smtpsentry.logs.NameTable;
import org.smtpsentry.logs.RecentValues;
import org.smtpsentry.logs.SyslogLine;
import org.smtpsentry.logs.SyslogProgram;

/**
 * Postfix's daemons in syslog-style logs, with any instance name ("postfix/smtpd", "postfix-out/smtpd",
 * "postfix/submission/smtpd"): the daemon is the last part of the program name.
 */
public final class PostfixLines implements SyslogProgram {
    /** The queue ids of the messages in flight: one object for all the lines of a message, its hash computed once. */
    private final RecentValues<QueueId> queueIds = new RecentValues<>(1024, QueueId::new);
    /** The clients' addresses: one string for all the lines of a client. */
    private final RecentValues<String> ips = new RecentValues<>(1024, ip -> ip);
    private final SmtpdMessages smtpd = new SmtpdMessages(new SessionIds(), queueIds, ips);
    private final QueueMessages queue = new QueueMessages(queueIds, ips);
    /** Program name -> what its daemon logs ("postfix/submission/smtpd" -> SMTPD), per input: names repeat. */
    private final NameTable<Daemon> daemons =
            new NameTable<>(64, program -> Daemon.named(program.substring(program.lastIndexOf('/') + 1)));

    /** What a Postfix daemon's lines are about. */
    private enum Daemon {
        SMTPD, POSTSCREEN, QUEUE, SILENT, UNKNOWN;

        static Daemon named(String daemon) {
            return switch (daemon) {
                case "smtpd" -> SMTPD;
                case "postscreen" -> POSTSCREEN;
                case "cleanup", "qmgr", "smtp", "lmtp", "local", "virtual", "pipe", "error", "retry", "discard",
                     "pickup", "bounce", "postsuper", "sendmail", "postdrop", "oqmgr", "nqmgr" -> QUEUE;
                // Daemons whose lines say nothing about sessions, logins or messages.
                case "anvil", "master", "postfix-script", "postlogd", "scache", "tlsmgr", "verify", "trivial-rewrite",
                     "proxymap", "showq", "dnsblog", "tlsproxy", "postqueue", "postmap", "postmulti", "postlog",
                     "postconf", "flush", "spawn", "policy-spf", "postalias", "qmqpd" -> SILENT;
                default -> UNKNOWN;
            };
        }
    }

    @Override
    public boolean handles(String program) {
        return program.startsWith("postfix");
    }

    /** A reader of its own for each input: its caches are not shared between threads. */
    @Override
    public SyslogProgram forInput() {
        return new PostfixLines();
    }

    @Override
    public void decode(SyslogLine line, Origin origin, EventSink sink) {
        String program = line.program();
        switch (daemons.get(program)) {
            case SMTPD -> smtpd.decode(line, false, origin, sink);
            case POSTSCREEN -> smtpd.decode(line, true, origin, sink);
            case QUEUE -> queue.decode(line, origin, sink);
            case SILENT -> { }
            case UNKNOWN -> sink.notUnderstood(program + " line", origin);
        }
    }
}
