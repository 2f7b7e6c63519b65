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
    private final SmtpdMessages smtpd = new SmtpdMessages(new SessionIds());
    private final QueueMessages queue = new QueueMessages();
    /** Program name -> daemon ("postfix/submission/smtpd" -> "smtpd"), per input: the names repeat on every line. */
    private final java.util.Map<String, String> daemons = new java.util.HashMap<>();

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
        String daemon = daemons.computeIfAbsent(program, p -> p.substring(p.lastIndexOf('/') + 1));
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
