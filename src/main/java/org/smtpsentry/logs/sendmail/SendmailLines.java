package org.smtpsentry.logs.sendmail;

import org.smtpsentry.event.AuthFailure;
import org.smtpsentry.event.AuthSuccess;
import org.smtpsentry.event.DeliveryAttempt;
import org.smtpsentry.event.DeliveryStatus;
import org.smtpsentry.event.Disconnect;
import org.smtpsentry.event.LocalSubmission;
import org.smtpsentry.event.MailFrom;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.MessageAccepted;
import org.smtpsentry.event.MessageIdentified;
import org.smtpsentry.event.Origin;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.event.Rcpt;
import org.smtpsentry.event.Reject;
import org.smtpsentry.event.Reporter;
import org.smtpsentry.event.SessionId;
import org.smtpsentry.event.TlsStarted;
import org.smtpsentry.logs.EventSink;
import org.smtpsentry.logs.InOrder;
import org.smtpsentry.logs.SyslogLine;
import org.smtpsentry.logs.SyslogProgram;

/**
 * Sendmail in syslog-style logs ({@code sm-mta}, {@code sendmail}, {@code sm-msp-queue}): {@code AUTH=server},
 * {@code AUTH failure}, {@code STARTTLS=server}, a message's {@code from=} and {@code to=} lines with {@code stat=},
 * and {@code ruleset=} rejects. An sm-mta process serves one SMTP session, so the session is host and pid, and the
 * login of its {@code AUTH=server} line is the login of the messages that follow in that process. Each line is read
 * on its own; {@link #inOrder()} gives a message the login of its session.
 */
public final class SendmailLines implements SyslogProgram {

    /**
     * A session's login, carried in order: the pieces of a log are decoded on several threads, and a message's
     * {@code from=} line may come a piece after its session's AUTH line.
     */
    @Override
    public InOrder inOrder() {
        return new SessionLogins();
    }

    @Override
    public boolean handles(String program) {
        return program.equals("sm-mta") || program.equals("sendmail") || program.equals("sm-msp-queue")
                || program.startsWith("sm-mta-");
    }

    @Override
    public void decode(SyslogLine line, Origin origin, EventSink sink) {
        String m = line.message();
        if (m.startsWith("AUTH=server, ")) {
            authServer(line, m, session(line), origin, sink);
            return;
        }
        if (m.startsWith("AUTH failure (")) {
            authFailure(line, m, session(line), origin, sink);
            return;
        }
        if (m.startsWith("STARTTLS=server, ")) {
            String relay = Fields.value(m, "relay=");
            String version = Fields.value(m, "version=");
            String cipher = Fields.value(m, "cipher=");
            sink.accept(new TlsStarted(line.time(), origin, session(line), Fields.bracketedIp(relay),
                    (version == null ? "" : version) + (cipher == null ? "" : " with cipher " + cipher)));
            return;
        }
        int idLength = queueIdLength(m);
        if (idLength == 0) {
            if (m.startsWith("ruleset=")) {
                reject(line, m, 0, null, session(line), origin, sink);
            } else if (m.contains(" did not issue MAIL/EXPN/VRFY/ETRN") || m.startsWith("lost input channel from ")) {
                String ip = Fields.bracketedIp(m);
                if (ip != null) {
                    sink.accept(new Disconnect(line.time(), origin, session(line), ip, -1, -1));
                }
            } else if (!isKnownNotice(m)) {
                sink.notUnderstood(line.program() + " message", origin);
            }
            return;
        }
        QueueId id = new QueueId(m.substring(0, idLength));
        int rest = idLength + 2;
        if (m.startsWith("from=", rest)) {
            from(line, m, rest, id, session(line), origin, sink);
        } else if (m.startsWith("to=", rest)) {
            to(line, m, rest, id, origin, sink);
        } else if (m.startsWith("ruleset=", rest) || m.startsWith("Milter: ", rest) && m.contains("reject=")) {
            reject(line, m, rest, id, session(line), origin, sink);
        } else if (m.startsWith("lost input channel from ", rest)) {
            String ip = Fields.bracketedIp(m.substring(rest));
            if (ip != null) {
                sink.accept(new Disconnect(line.time(), origin, session(line), ip, -1, -1));
            }
        } else if (!isKnownQueuedNotice(m, rest)) {
            sink.notUnderstood(line.program() + " message", origin);
        }
    }

    /**
     * The SMTP session of a line: host and sm-mta process. Made only for the lines that name one, not for the delivery
     * lines, four in ten of a Sendmail log.
     */
    private static SessionId session(SyslogLine line) {
        return new SessionId((line.host() == null ? "" : line.host() + " ") + line.program() + "[" + line.pid() + "]");
    }

    /** {@code AUTH=server, relay=name [ip], authid=u@d, mech=LOGIN, bits=0}. */
    private void authServer(SyslogLine line, String m, SessionId session, Origin origin, EventSink sink) {
        String relay = Fields.value(m, "relay=");
        String user = Fields.value(m, "authid=");
        String mech = Fields.value(m, "mech=");
        String ip = Fields.bracketedIp(relay);
        sink.passInOrder(); // inOrder() carries the login to the session's messages
        sink.accept(new AuthSuccess(line.time(), origin, session, ip, user, mech, Reporter.MTA));
    }

    /**
     * {@code AUTH failure (LOGIN): authentication failure (-13) SASL(-13): authentication failure: checkpass failed,
     * user=u@d, relay=[ip]}.
     */
    private void authFailure(SyslogLine line, String m, SessionId session, Origin origin, EventSink sink) {
        int close = m.indexOf("): ");
        String mech = close < 0 ? null : m.substring(14, close);
        String relay = Fields.value(m, "relay=");
        String user = Fields.value(m, "user=");
        int userAt = m.indexOf(", user=");
        String reason = close < 0 ? "" : m.substring(close + 3, userAt > close ? userAt : m.length());
        String ip = Fields.bracketedIp(relay);
        if (ip == null) {
            sink.notUnderstood(line.program() + " AUTH failure", origin);
            return;
        }
        sink.accept(new AuthFailure(line.time(), origin, session, ip, user == null || user.isEmpty() ? null : user,
                mech, Reporter.MTA, reason));
    }

    /**
     * {@code ID: from=<s>, size=N, class=0, nrcpts=M, msgid=<x>, proto=ESMTPA, daemon=MTA, auth=LOGIN, relay=name
     * [ip]}; a local submission has {@code relay=user@localhost} and a bare {@code from=user}.
     */
    private void from(SyslogLine line, String m, int rest, QueueId id, SessionId session, Origin origin,
                      EventSink sink) {
        String sender = Fields.address(m, rest + 5);
        String relay = Fields.value(m, "relay=");
        String proto = Fields.value(m, "proto=");
        String msgid = Fields.value(m, "msgid=");
        long size = Fields.number(Fields.value(m, "size="));
        long nrcpts = Fields.number(Fields.value(m, "nrcpts="));
        String ip = Fields.bracketedIp(relay);
        Mailbox from = Mailbox.of(sender);
        boolean local = ip == null || proto == null || ip.equals("127.0.0.1") && relay.contains("@localhost");
        if (local && (relay == null || relay.contains("@"))) {
            String user = relay == null ? null : relay.substring(0, relay.indexOf('@'));
            sink.accept(new LocalSubmission(line.time(), origin, id, -1, user, from));
        } else {
            // the login, named by the session's AUTH line, is given in order (inOrder())
            sink.accept(new MessageAccepted(line.time(), origin, id, session, ip, null, Fields.value(m, "auth=")));
        }
        sink.accept(new MailFrom(line.time(), origin, id, from, size, (int) nrcpts));
        if (msgid != null && msgid.length() > 2) {
            sink.accept(new MessageIdentified(line.time(), origin, id, msgid.startsWith("<") && msgid.endsWith(">")
                    ? msgid.substring(1, msgid.length() - 1) : msgid));
        }
    }

    /**
     * {@code ID: to=<a>,<b>, delay=00:00:01, xdelay=..., mailer=esmtp, pri=..., relay=host. [ip], dsn=4.0.0,
     * stat=Deferred: Connection timed out with host.}: one attempt per recipient listed.
     */
    private void to(SyslogLine line, String m, int rest, QueueId id, Origin origin, EventSink sink) {
        int statAt = m.indexOf(", stat=", rest);
        int listEnd = m.indexOf(", ", rest + 3);
        while (listEnd > 0 && m.startsWith(", <", listEnd)) {
            listEnd = m.indexOf(", ", listEnd + 2);
        }
        if (statAt < 0 || listEnd < 0) {
            sink.notUnderstood(line.program() + " delivery", origin);
            return;
        }
        String stat = m.substring(statAt + 7);
        DeliveryStatus status;
        String dsn = Fields.value(m, "dsn=");
        if (stat.startsWith("Sent")) {
            status = DeliveryStatus.SENT;
        } else if (stat.startsWith("Deferred")) {
            status = DeliveryStatus.DEFERRED;
        } else if (stat.startsWith("queued") || stat.startsWith("Queued")) {
            return; // accepted into the queue without an attempt yet (DeliveryMode=queue)
        } else {
            status = dsn != null && dsn.startsWith("4") ? DeliveryStatus.DEFERRED : DeliveryStatus.BOUNCED;
        }
        String relay = Fields.value(m, "relay=");
        String mailer = Fields.value(m, "mailer=");
        String where = relay != null ? relay.replace(" ", "") : mailer != null && mailer.equals("local") ? "local"
                : "none";
        String response = stat.startsWith("Sent (") && stat.endsWith(")") ? stat.substring(6, stat.length() - 1)
                : stat;
        for (String recipient : m.substring(rest + 3, listEnd).split(",")) {
            String r = recipient.trim();
            if (r.startsWith("<") && r.endsWith(">")) {
                r = r.substring(1, r.length() - 1);
            }
            if (!r.isEmpty()) {
                Mailbox to = Mailbox.of(r);
                sink.accept(new DeliveryAttempt(line.time(), origin, id, to, where, status,
                        dsn != null ? dsn : status == DeliveryStatus.SENT ? "2.0.0" : "4.0.0", response));
            }
        }
    }

    /** {@code [ID: ]ruleset=check_rcpt, arg1=<r>, relay=name [ip], reject=550 5.7.1 <r>... Relaying denied}. */
    private void reject(SyslogLine line, String m, int rest, QueueId id, SessionId session, Origin origin,
                        EventSink sink) {
        String ruleset = Fields.value(m, "ruleset=");
        String relay = Fields.value(m, "relay=");
        int rejectAt = m.indexOf("reject=", rest);
        String ip = Fields.bracketedIp(relay);
        if (rejectAt < 0) {
            return; // a ruleset that only noted something (e.g. discard, quarantine)
        }
        if (ip == null) {
            sink.notUnderstood(line.program() + " reject", origin);
            return;
        }
        String answer = m.substring(rejectAt + 7);
        int space = answer.indexOf(' ');
        String code = space < 0 ? answer : answer.substring(0, space);
        String arg1 = Fields.value(m, "arg1=");
        String stage = ruleset == null ? "END-OF-MESSAGE" : switch (ruleset) {
            case "check_rcpt" -> "RCPT";
            case "check_mail" -> "MAIL";
            case "check_relay" -> "CONNECT";
            default -> ruleset;
        };
        Mailbox address = arg1 == null ? null : Mailbox.of(Fields.unangle(arg1));
        sink.accept(new Reject(line.time(), origin, session, id, ip, stage, stage.equals("MAIL") ? address : null,
                stage.equals("RCPT") ? address : null, code, space < 0 ? "" : answer.substring(space + 1)));
        if (stage.equals("RCPT") && id != null && address != null && code.startsWith("2")) {
            sink.accept(new Rcpt(line.time(), origin, id, session, address));
        }
    }

    /** Sendmail queue ids: 14 letters and digits ("5AMAwhX4004012"), followed by ": ". */
    static int queueIdLength(String m) {
        int i = 0;
        while (i < m.length() && i < 20 && Character.isLetterOrDigit(m.charAt(i))) {
            i++;
        }
        return i >= 12 && i + 1 < m.length() && m.charAt(i) == ':' && m.charAt(i + 1) == ' ' ? i : 0;
    }

    private static boolean isKnownNotice(String m) {
        return m.startsWith("starting daemon") || m.startsWith("STARTTLS=client") || m.startsWith("STARTTLS: ")
                || m.startsWith("STARTTLS=read") || m.startsWith("STARTTLS=write") || m.startsWith("alias database")
                || m.startsWith("tls_") || m.startsWith("restarting ") || m.startsWith("rejecting connections")
                || m.startsWith("accepting connections") || m.startsWith("ALERT: ") || m.startsWith("NOQUEUE: ")
                || m.startsWith("collect: ") || m.startsWith("error: ") || m.startsWith("timeout waiting")
                || m.startsWith("AUTH=client") || m.startsWith("SYSERR") || m.startsWith("gethostbyaddr")
                || m.startsWith("My unqualified host name") || m.startsWith("unable to qualify my own domain name")
                || m.startsWith("[") || m.startsWith("Milter") || m.startsWith("runqueue") || m.startsWith("grew WorkList")
                || m.startsWith("AUTH: ");
    }

    private static boolean isKnownQueuedNotice(String m, int rest) {
        return m.startsWith("DSN: ", rest) || m.startsWith("return to sender", rest) || m.startsWith("Milter", rest)
                || m.startsWith("milter", rest) || m.startsWith("done", rest) || m.startsWith("sender notify", rest)
                || m.startsWith("postmaster notify", rest) || m.startsWith("timeout waiting", rest)
                || m.startsWith("collect: ", rest) || m.startsWith("SYSERR", rest) || m.startsWith("clone ", rest)
                || m.startsWith("discarded", rest) || m.startsWith("Authentication-Warning", rest)
                || m.startsWith("lost input channel", rest) || m.startsWith("low on space", rest)
                || m.startsWith("STARTTLS", rest) || m.startsWith("SMTP outgoing connect", rest)
                || m.startsWith("AUTH=client", rest) || m.startsWith("too many hops", rest)
                || m.startsWith("Too many recipients", rest) || m.startsWith("<", rest) || m.startsWith("[", rest);
    }
}
