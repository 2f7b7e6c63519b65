package org.smtpsentry.logs.postfix;

import org.smtpsentry.event.Origin;
import org.smtpsentry.logs.EventSink;
import org.smtpsentry.logs.SyslogLine;
import org.smtpsentry.logs.SyslogProgram;

/**
 * Postfix's daemons in syslog-style logs, with any instance name ("postfix/smtpd", "postfix-out/smtpd",
 * "postfix/submission/smtpd"): the daemon is the last part of the program name.
 */
public final class PostfixLines implements SyslogProgram {
    private final SmtpdMessages smtpd = new SmtpdMessages();
    private final QueueMessages queue = new QueueMessages();

    @Override
    public boolean handles(String program) {
        return program.startsWith("postfix");
    }

    @Override
    public void decode(SyslogLine line, Origin origin, EventSink sink) {
        String program = line.program();
        String daemon = program.substring(program.lastIndexOf('/') + 1);
        switch (daemon) {
            case "smtpd", "postscreen" -> smtpd.decode(line, daemon, origin, sink);
            case "cleanup", "qmgr", "smtp", "lmtp", "local", "virtual", "pipe", "error", "retry", "discard",
                 "pickup", "bounce", "postsuper", "sendmail", "postdrop", "oqmgr", "nqmgr" ->
                    queue.decode(line, daemon, origin, sink);
            // Daemons whose lines say nothing about sessions, logins or messages.
            case "anvil", "master", "postfix-script", "postlogd", "scache", "tlsmgr", "verify", "trivial-rewrite",
                 "proxymap", "showq", "dnsblog", "tlsproxy", "postqueue", "postmap", "postmulti", "postlog",
                 "postconf", "flush", "spawn", "policy-spf", "postalias", "qmqpd" -> { }
            default -> sink.notUnderstood(program + " line", origin);
        }
    }
}
