package org.smtpsentry.logs.exim;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.smtpsentry.event.AuthFailure;
import org.smtpsentry.event.Connect;
import org.smtpsentry.event.DeliveryAttempt;
import org.smtpsentry.event.DeliveryStatus;
import org.smtpsentry.event.Disconnect;
import org.smtpsentry.event.Helo;
import org.smtpsentry.event.LocalSubmission;
import org.smtpsentry.event.MailFrom;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.MessageAccepted;
import org.smtpsentry.event.MessageIdentified;
import org.smtpsentry.event.MessageRemoved;
import org.smtpsentry.event.Origin;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.event.Reject;
import org.smtpsentry.event.Reporter;
import org.smtpsentry.event.SessionId;
import org.smtpsentry.event.TlsStarted;
import org.smtpsentry.logs.EventSink;
import org.smtpsentry.logs.InSession;
import org.smtpsentry.logs.LineDecoder;
import org.smtpsentry.logs.LocalClock;

/**
 * Decodes one Exim log. A message's lines carry its id ({@code <=} arrival, {@code =>}/{@code ->} delivery,
 * {@code ==} deferral, {@code **} bounce, {@code Completed}); session lines (AUTH failures, lost connections,
 * rejects) carry the client as {@code H=name (helo) [ip]:port}. Without log_selector +pid Exim names no session:
 * the facts of an arrival line are then given the session "exim MESSAGEID".
 */
final class EximLines implements LineDecoder {
    private static final String AUTH_FAILED = " authenticator failed for ";

    private final LocalClock clock;
    private final LocalClock utc = new LocalClock(ZoneOffset.UTC);
    /** After a rejectlog entry come the message's headers, lines without a timestamp. */
    private boolean inHeaderDump;

    EximLines(LocalClock clock) {
        this.clock = clock;
    }

    @Override
    public void decode(String line, Origin origin, EventSink sink) {
        EximLine l = EximLine.cut(line);
        if (l == null) {
            if (!(inHeaderDump && isHeaderDumpLine(line))) {
                sink.notUnderstood("line without an Exim timestamp", origin);
            }
            return;
        }
        inHeaderDump = false;
        Instant time = l.hasOffset() ? utc.dateTime(line, 0, l.nanos()).minusSeconds(l.offsetMinutes() * 60L)
                : clock.dateTime(line, 0, l.nanos());
        if (time == null) {
            sink.notUnderstood("Exim line with an impossible timestamp", origin);
            return;
        }
        String t = l.text();
        int idLength = EximLine.messageIdLength(t, 0);
        if (idLength > 0) {
            message(time, l, new QueueId(t.substring(0, idLength)), t, idLength + 1, origin, sink);
        } else {
            session(time, l, t, origin, sink);
        }
    }

    /**
     * With log_selector +pid, the lines of one receiving process; without, a message's lines (a session without a pid
     * is the one line that names its message, so nothing else of it can be told apart).
     */
    @Override
    public Optional<InSession> sessionOf(String line) {
        EximLine l = EximLine.cut(line);
        if (l == null) {
            return Optional.empty();
        }
        if (l.pid() >= 0) {
            return Optional.of(InSession.note("[" + l.pid() + "]"));
        }
        int idLength = EximLine.messageIdLength(l.text(), 0);
        return idLength > 0 ? Optional.of(InSession.note(l.text().substring(0, idLength))) : Optional.empty();
    }

    private void message(Instant time, EximLine l, QueueId id, String t, int at, Origin origin, EventSink sink) {
        if (t.startsWith("<= ", at)) {
            arrival(time, l, id, t, at + 3, origin, sink);
        } else if (t.startsWith("=> ", at) || t.startsWith("-> ", at) || t.startsWith("*> ", at)) {
            delivery(time, id, t, at + 3, DeliveryStatus.SENT, origin, sink);
        } else if (t.startsWith("== ", at)) {
            delivery(time, id, t, at + 3, DeliveryStatus.DEFERRED, origin, sink);
        } else if (t.startsWith("** ", at)) {
            delivery(time, id, t, at + 3, DeliveryStatus.BOUNCED, origin, sink);
        } else if (t.startsWith("Completed", at) || t.startsWith("removed by ", at)) {
            sink.accept(new MessageRemoved(time, origin, id));
        } else if (t.startsWith("H=", at)) {
            reject(time, l, id, t, at, origin, sink);
        } else if (!isKnownMessageNotice(t, at)) {
            sink.notUnderstood("Exim message line", origin);
        }
    }

    /** {@code <= sender H=name (helo) [ip]:port I=[local]:587 P=esmtpsa X=TLS... A=dovecot_login:u S=1843 id=x}. */
    private void arrival(Instant time, EximLine l, QueueId id, String t, int at, Origin origin, EventSink sink) {
        int senderEnd = t.indexOf(' ', at);
        String sender = t.substring(at, senderEnd < 0 ? t.length() : senderEnd);
        if (sender.equals("<>")) {
            sender = "";
        }
        int fields = senderEnd < 0 ? t.length() : senderEnd;
        String host = EximFields.value(t, fields, " H=");
        String auth = EximFields.value(t, fields, " A=");
        String size = EximFields.value(t, fields, " S=");
        String messageId = EximFields.value(t, fields, " id=");
        Mailbox from = Mailbox.of(sender);
        String ip = EximFields.ip(host);
        if (ip == null) {
            String user = EximFields.value(t, fields, " U=");
            sink.accept(new LocalSubmission(time, origin, id, -1, user, from));
        } else {
            SessionId session = new SessionId(l.pid() >= 0 ? "exim[" + l.pid() + "]" : "exim " + id.value());
            String helo = EximFields.helo(host);
            if (helo != null) {
                sink.accept(new Helo(time, origin, session, ip, helo));
            }
            String tls = EximFields.value(t, fields, " X=");
            if (tls != null) {
                sink.accept(new TlsStarted(time, origin, session, ip, tls));
            }
            String login = null;
            String mechanism = null;
            if (auth != null) {
                int colon = auth.indexOf(':');
                login = colon < 0 ? null : auth.substring(colon + 1);
                mechanism = EximFields.mechanism(colon < 0 ? auth : auth.substring(0, colon));
            }
            sink.accept(new MessageAccepted(time, origin, id, session, ip, login, mechanism));
        }
        sink.accept(new MailFrom(time, origin, id, from, number(size), -1));
        if (messageId != null && !messageId.isEmpty()) {
            sink.accept(new MessageIdentified(time, origin, id, messageId));
        }
    }

    /**
     * {@code => r <orig> R=router T=transport H=host [ip] C="250 ..."}; {@code == r R=... defer (-44) H=...: SMTP
     * error ...: 451 ...}; {@code ** r <orig> R=...: reason}.
     */
    private void delivery(Instant time, QueueId id, String t, int at, DeliveryStatus status, Origin origin,
                          EventSink sink) {
        int end = t.indexOf(' ', at);
        String recipient = t.substring(at, end < 0 ? t.length() : end);
        if (recipient.endsWith(":")) {
            recipient = recipient.substring(0, recipient.length() - 1);
        }
        int rest = end < 0 ? t.length() : end + 1;
        if (recipient.indexOf('@') < 0 && rest < t.length() && t.charAt(rest) == '<') {
            int close = t.indexOf('>', rest);
            if (close > rest) {
                recipient = t.substring(rest + 1, close); // a pipe or file delivery: the address it was for
            }
        }
        if (recipient.isEmpty()) {
            sink.notUnderstood("Exim delivery line", origin);
            return;
        }
        String host = EximFields.value(t, rest, " H=");
        String transport = EximFields.value(t, rest, " T=");
        String relay = host != null ? host.replace(" ", "") : transport != null ? transport : "none";
        String response;
        if (status == DeliveryStatus.SENT) {
            String confirmation = EximFields.value(t, rest, " C=");
            response = confirmation != null ? confirmation : "";
        } else {
            int defer = t.indexOf(" defer (", rest);
            int colon = t.indexOf(": ", defer >= 0 ? defer : rest);
            response = colon < 0 ? "" : t.substring(colon + 2);
            if (host != null) {
                int hostEnd = relay.indexOf(':');
                relay = hostEnd > 0 && relay.charAt(hostEnd - 1) == ']' ? relay.substring(0, hostEnd) : relay;
            }
        }
        String dsn = EximFields.dsn(response);
        sink.accept(new DeliveryAttempt(time, origin, id, Mailbox.of(recipient), relay, status,
                dsn != null ? dsn : status == DeliveryStatus.SENT ? "2.0.0" : status == DeliveryStatus.DEFERRED
                        ? "4.0.0" : "5.0.0", response));
    }

    private void session(Instant time, EximLine l, String t, Origin origin, EventSink sink) {
        SessionId session = l.pid() >= 0 ? new SessionId("exim[" + l.pid() + "]") : null;
        int failed = t.indexOf(AUTH_FAILED);
        if (failed > 0 && t.indexOf(' ') == failed) {
            authFailure(time, session, t, failed, origin, sink);
        } else if (t.startsWith("SMTP connection from ")) {
            connection(time, session, t, origin, sink);
        } else if (t.startsWith("unexpected disconnection while reading SMTP command from ")
                || t.startsWith("SMTP command timeout on connection from ")
                || t.startsWith("SMTP data timeout (message abandoned) on connection from ")) {
            String ip = EximFields.ip(t.substring(t.indexOf(" from ") + 6));
            if (ip != null) {
                sink.accept(new Disconnect(time, origin, session, ip, -1, -1));
            }
        } else if (t.startsWith("SMTP protocol synchronization error")) {
            synchronization(time, session, t, origin, sink);
        } else if (t.startsWith("H=")) {
            reject(time, l, null, t, 0, origin, sink);
        } else if (!isKnownNotice(t)) {
            sink.notUnderstood("Exim line", origin);
        }
    }

    /** {@code dovecot_login authenticator failed for (helo) [ip]:port: 535 Incorrect authentication data (set_id=u)}. */
    private void authFailure(Instant time, SessionId session, String t, int failed, Origin origin, EventSink sink) {
        String mechanism = EximFields.mechanism(t.substring(0, failed));
        int hostStart = failed + AUTH_FAILED.length();
        if (t.startsWith("H=", hostStart)) {
            hostStart += 2;
        }
        int code = codeAfter(t, hostStart);
        String host = t.substring(hostStart, code < 0 ? t.length() : code);
        int localAt = host.indexOf(" I=");
        String ip = EximFields.ip(localAt < 0 ? host : host.substring(0, localAt));
        if (ip == null) {
            sink.notUnderstood("Exim authenticator line", origin);
            return;
        }
        String reason = code < 0 ? "" : t.substring(code + 2);
        String user = null;
        int setId = reason.indexOf("(set_id=");
        if (setId >= 0) {
            int close = reason.lastIndexOf(')');
            user = reason.substring(setId + 8, close > setId ? close : reason.length());
            reason = reason.substring(0, setId).trim();
        }
        sink.accept(new AuthFailure(time, origin, session, ip, user == null || user.isEmpty() ? null : user,
                mechanism, Reporter.MTA, reason));
    }

    /** Opening (+smtp_connection), closing and lost connections: {@code SMTP connection from (helo) [ip]:port lost}. */
    private void connection(Instant time, SessionId session, String t, Origin origin, EventSink sink) {
        String rest = t.substring(21);
        String ip = EximFields.ip(rest.indexOf(" I=") > 0 ? rest.substring(0, rest.indexOf(" I=")) : rest);
        if (ip == null) {
            sink.notUnderstood("Exim connection line", origin);
        } else if (rest.contains(" lost") || rest.contains(" closed by ") || rest.contains(" closed after ")) {
            sink.accept(new Disconnect(time, origin, session, ip, -1, -1));
        } else if (rest.contains("(TCP/IP connection count")) {
            String name = EximFields.helo(rest.substring(0, rest.indexOf('[')).isBlank() ? null
                    : rest.substring(0, rest.indexOf('[')));
            sink.accept(new Connect(time, origin, session, ip, name == null ? "unknown" : name));
        } else if (!rest.contains(" refused") && !rest.contains("dropped")) {
            sink.notUnderstood("Exim connection line", origin);
        }
    }

    /**
     * {@code SMTP protocol synchronization error (input sent without waiting for greeting): rejected connection from
     * H=[ip]:port input="..."}, or {@code (next input sent too soon...): rejected "AUTH LOGIN" H=(x) [ip]:port ...}.
     */
    private void synchronization(Instant time, SessionId session, String t, Origin origin, EventSink sink) {
        int h = t.indexOf("H=");
        String ip = h < 0 ? null : EximFields.ip(hostPart(t, h + 2));
        if (ip == null) {
            sink.notUnderstood("Exim synchronization line", origin);
            return;
        }
        String stage = "CONNECT";
        int quoted = t.indexOf("rejected \"");
        if (quoted > 0) {
            int end = t.indexOf(' ', quoted + 10);
            int quoteEnd = t.indexOf('"', quoted + 10);
            end = end < 0 || (quoteEnd > 0 && quoteEnd < end) ? quoteEnd : end;
            stage = t.substring(quoted + 10, end < 0 ? t.length() : end).toUpperCase(java.util.Locale.ROOT);
        }
        int colon = t.indexOf("): ");
        sink.accept(new Reject(time, origin, session, null, ip, stage, null, null, "",
                t.substring(0, colon < 0 ? t.length() : colon + 1)));
    }

    /**
     * {@code H=(helo) [ip]:port F=<s> rejected RCPT <r>: relay not permitted}, and {@code rejected after DATA: ...}
     * (with the message id). Rejectlog's copy of the line is followed by the message's headers.
     */
    private void reject(Instant time, EximLine l, QueueId id, String t, int at, Origin origin, EventSink sink) {
        int rejected = t.indexOf(" rejected ", at);
        String host = hostPart(t, at + 2);
        String ip = EximFields.ip(host);
        if (rejected < 0 || ip == null) {
            if (!t.contains(" Warning: ") && !t.contains(" temporarily rejected ")) {
                sink.notUnderstood("Exim H= line", origin);
            }
            return;
        }
        inHeaderDump = true;
        String from = angled(t, " F=<", at);
        int stageStart = rejected + 10;
        int stageEnd = t.indexOf(' ', stageStart);
        String stage = t.substring(stageStart, stageEnd < 0 ? t.length() : stageEnd);
        if (stage.equals("after")) {
            int colon = t.indexOf(':', stageStart);
            stage = colon < 0 ? "DATA" : t.substring(stageStart + 6, colon).toUpperCase(java.util.Locale.ROOT);
        }
        String to = stage.equals("RCPT") ? angled(t, " <", stageStart) : null;
        int colon = t.indexOf(": ", stageStart);
        String reason = colon < 0 ? "" : t.substring(colon + 2);
        SessionId session = l.pid() >= 0 ? new SessionId("exim[" + l.pid() + "]") : null;
        sink.accept(new Reject(time, origin, session, id, ip, stage.endsWith(":") ? stage.substring(0,
                stage.length() - 1) : stage, from == null ? null : Mailbox.of(from), to == null ? null
                : Mailbox.of(to), "", reason));
    }

    /** The host of an {@code H=} field starting at {@code from}: up to the first "]" and its port. */
    private static String hostPart(String t, int from) {
        int close = t.indexOf(']', from);
        return close < 0 ? t.substring(from) : t.substring(from, close + 1);
    }

    private static String angled(String t, String marker, int from) {
        int at = t.indexOf(marker, from);
        if (at < 0) {
            return null;
        }
        int open = at + marker.length();
        int close = t.indexOf('>', open);
        return close < 0 ? null : t.substring(open, close);
    }

    /** Where ": NNN" (an SMTP code) starts at or after {@code from}, or -1. */
    private static int codeAfter(String t, int from) {
        int at = t.indexOf(": ", from);
        while (at >= 0) {
            if (LocalClock.digits(t, at + 2, 3) >= 0) {
                return at;
            }
            at = t.indexOf(": ", at + 2);
        }
        return -1;
    }

    private static long number(String s) {
        if (s == null || s.isEmpty() || s.length() > 18) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static boolean isHeaderDumpLine(String line) {
        return line.startsWith("Envelope-from: ") || line.startsWith("Envelope-to: ") || line.startsWith(" ")
                || line.startsWith("\t") || line.startsWith("P Received: ") || line.startsWith("  ")
                || (line.length() > 2 && line.charAt(1) == ' ' && (Character.isUpperCase(line.charAt(0))
                || line.charAt(0) == '*'))
                || (line.length() > 4 && LocalClock.digits(line, 0, 3) >= 0 && line.charAt(4) == ' ');
    }

    private static boolean isKnownMessageNotice(String t, int at) {
        return t.startsWith("Message is frozen", at) || t.startsWith("Frozen", at) || t.startsWith("Unfrozen", at)
                || t.startsWith("SMTP error from remote", at) || t.startsWith("Spool file is locked", at)
                || t.startsWith("retry time not reached", at) || t.startsWith("error ignored", at)
                || t.startsWith("no immediate delivery", at) || t.startsWith("cancelled by ", at)
                || t.startsWith("Sender identification", at) || t.startsWith("SMTP connection outbound", at)
                || t.startsWith("TLS session", at) || t.startsWith("DKIM: ", at) || t.startsWith("DMARC ", at)
                || t.startsWith("spool file ", at) || t.startsWith("Warning: ", at);
    }

    private static boolean isKnownNotice(String t) {
        return t.startsWith("Start queue run") || t.startsWith("End queue run") || t.startsWith("exim ")
                || t.startsWith("no host name found for IP") || t.startsWith("TLS error on connection from")
                || t.startsWith("SMTP call from ") || t.startsWith("Connection from ") || t.startsWith("cwd=")
                || t.startsWith("no IP address found for host") || t.startsWith("Warning: ")
                || t.startsWith("rejected EHLO from ") || t.startsWith("rejected HELO from ")
                || t.startsWith("SMTP syntax error in ") || t.startsWith("SMTP protocol error in ")
                || t.startsWith("daemon ") || t.startsWith("pid ") || t.startsWith("Received ")
                || t.startsWith("TLS client ") || t.startsWith("SIGHUP received") || t.startsWith("DKIM: ");
    }
}
