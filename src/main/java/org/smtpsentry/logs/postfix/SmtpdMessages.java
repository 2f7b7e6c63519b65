package org.smtpsentry.logs.postfix;

import org.smtpsentry.event.AuthAbort;
import org.smtpsentry.event.AuthFailure;
import org.smtpsentry.event.Connect;
import org.smtpsentry.event.Disconnect;
import org.smtpsentry.event.MessageAccepted;
import org.smtpsentry.event.Origin;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.event.Reject;
import org.smtpsentry.event.Reporter;
import org.smtpsentry.event.SessionId;
import org.smtpsentry.event.TlsStarted;
import org.smtpsentry.logs.Decimals;
import org.smtpsentry.logs.EventSink;
import org.smtpsentry.logs.LineBytes;
import org.smtpsentry.logs.RecentValues;
import org.smtpsentry.logs.SyslogLine;

/**
 * smtpd's and postscreen's messages: sessions, AUTH, accepted messages and rejects. Read from the line's bytes:
 * positions below are byte positions in the whole line.
 */
final class SmtpdMessages {
    private static final byte[] CONNECT = LineBytes.ascii("connect from ");
    private static final byte[] DISCONNECT = LineBytes.ascii("disconnect from ");
    private static final byte[] LOST = LineBytes.ascii("lost connection after ");
    private static final byte[] TIMEOUT = LineBytes.ascii("timeout after ");
    private static final byte[] AFTER = LineBytes.ascii("after ");
    private static final byte[] AUTH_FROM = LineBytes.ascii("AUTH from ");
    private static final byte[] WARNING = LineBytes.ascii("warning: ");
    private static final byte[] NOQUEUE = LineBytes.ascii("NOQUEUE: ");
    private static final byte[] TLS = LineBytes.ascii(" TLS connection established from ");
    private static final byte[] PEER_END = LineBytes.ascii("]: ");
    private static final byte[] AUTH = LineBytes.ascii(" auth=");
    private static final byte[] COMMANDS = LineBytes.ascii(" commands=");
    private static final byte[] SASL = LineBytes.ascii(": SASL ");
    private static final byte[] AUTH_FAILED = LineBytes.ascii(" authentication failed: ");
    private static final byte[] AUTH_ABORTED = LineBytes.ascii(" authentication aborted");
    private static final byte[] SASL_USERNAME = LineBytes.ascii("sasl_username=");
    private static final byte[] SASL_METHOD = LineBytes.ascii("sasl_method=");
    private static final byte[] FAILED_USER = LineBytes.ascii(", sasl_username=");
    private static final byte[] CLIENT = LineBytes.ascii("client=");
    private static final byte[] REJECT = LineBytes.ascii("reject: ");
    private static final byte[] FROM_CLIENT = LineBytes.ascii(" from ");
    private static final byte[] COLON = LineBytes.ascii(": ");
    /** The actions of access maps and header checks that did not refuse the client. */
    private static final byte[][] ACTIONS = LineBytes.words("filter: ", "warn: ", "hold: ", "discard: ", "redirect: ", "info: ");
    /** smtpd notices that say nothing about who logged in or what was sent. */
    private static final byte[][] NOTICES = LineBytes.words("Anonymous TLS connection", "Trusted TLS connection",
            "Verified TLS connection", "Untrusted TLS connection", "SSL_accept error", "improper command pipelining",
            "too many errors", "fatal: ", "error: ", "panic: ", "table ", "proxy-", "discarding EHLO keywords",
            "non-SMTP command", "hostname ", "setting up TLS", "initializing", "connection established", "abort:");

    private final SessionIds sessions;
    private final RecentValues<QueueId> queueIds;
    private final RecentValues<String> ips;
    /** A login's text, one string for all its messages: the rules' maps find its hash made and compare by reference. */
    private final RecentValues<String> logins = new RecentValues<>(64, login -> login);

    SmtpdMessages(SessionIds sessions, RecentValues<QueueId> queueIds, RecentValues<String> ips) {
        this.sessions = sessions;
        this.queueIds = queueIds;
        this.ips = ips;
    }

    void decode(SyslogLine line, boolean postscreen, Origin origin, EventSink sink) {
        LineBytes b = line.bytes();
        int m = line.messageAt();
        byte first = m < b.to() ? b.bytes()[m] : 0; // one comparison instead of a word's for the prefixes below
        if (first == 'c' && b.startsWith(CONNECT, m)) {
            Client c = Client.at(b, m + CONNECT.length, ips);
            if (c != null) {
                sink.accept(new Connect(line.time(), origin, session(line), c.ip(), c.name()));
                return;
            }
        } else if (first == 'd' && b.startsWith(DISCONNECT, m)) {
            disconnect(line, origin, sink);
            return;
        } else if (first == 'l' && b.startsWith(LOST, m) || first == 't' && b.startsWith(TIMEOUT, m)) {
            lostConnection(line, origin, sink);
            return;
        } else if (first == 'w' && b.startsWith(WARNING, m)) {
            warning(line, origin, sink);
            return;
        } else if (first == 'N' && b.startsWith(NOQUEUE, m)) {
            reject(line, m + NOQUEUE.length, null, origin, sink);
            return;
        } else {
            if (postscreen) {
                return; // its own notices (CONNECT, PASS, DNSBL rank, HANGUP...): the rejects were read above
            }
            QueueId id = QueueIds.at(line, queueIds);
            if (id != null) {
                queued(line, id, origin, sink);
                return;
            }
            int tls = b.indexOf((byte) ' ', m); // "Anonymous TLS connection established from ...", "Trusted"...
            if (tls > m && tls < m + 12 && b.startsWith(TLS, tls)) {
                if (!sink.wants(TlsStarted.class) && Client.writtenAt(b, tls + TLS.length)) {
                    return;
                }
                String ip = Client.ipAt(b, tls + TLS.length, ips);
                int peerEnd = b.indexOf(PEER_END, tls);
                if (ip != null) {
                    sink.accept(new TlsStarted(line.time(), origin, session(line), ip,
                            peerEnd < 0 ? "" : b.text(peerEnd + PEER_END.length, b.to())));
                    return;
                }
            }
            if (b.startsWithAny(NOTICES, m)) {
                return;
            }
        }
        sink.notUnderstood(line.program() + " message", origin);
    }

    /** {@code disconnect from name[ip] ehlo=1 auth=0/1 commands=1/2}: how many AUTH commands there were, and passed. */
    private void disconnect(SyslogLine line, Origin origin, EventSink sink) {
        LineBytes b = line.bytes();
        int from = line.messageAt() + DISCONNECT.length;
        String ip = Client.ipAt(b, from, ips);
        if (ip == null) {
            sink.notUnderstood(line.program() + " message", origin);
            return;
        }
        int tried = -1;
        int succeeded = -1;
        int at = b.indexOf(AUTH, from);
        if (at > 0) {
            int start = at + AUTH.length;
            int end = b.indexOf((byte) ' ', start);
            if (end < 0) {
                end = b.to();
            }
            int slash = b.indexOf((byte) '/', start);
            if (slash > 0 && slash < end) {
                succeeded = Decimals.parse(b.bytes(), start, slash);
                tried = Decimals.parse(b.bytes(), slash + 1, end);
            } else {
                succeeded = Decimals.parse(b.bytes(), start, end);
                tried = succeeded;
            }
        } else if (b.lastIndexOf(COMMANDS, from, b.to()) > 0) { // the last counter: found from the end
            tried = 0; // the counters are there and AUTH is not among them
            succeeded = 0;
        }
        sink.accept(new Disconnect(line.time(), origin, session(line), ip, tried, succeeded));
    }

    private void lostConnection(SyslogLine line, Origin origin, EventSink sink) {
        LineBytes b = line.bytes();
        int after = b.indexOf(AFTER, line.messageAt()) + AFTER.length;
        if (b.startsWith(AUTH_FROM, after)) {
            String ip = Client.ipAt(b, after + AUTH_FROM.length, ips);
            if (ip != null) {
                sink.accept(new AuthAbort(line.time(), origin, session(line), ip, null));
            }
        }
        // a connection lost after any other command is ended by the disconnect line that follows
    }

    /** {@code warning: name[ip]: SASL LOGIN authentication failed: reason, sasl_username=u}, or aborted. */
    private void warning(SyslogLine line, Origin origin, EventSink sink) {
        LineBytes b = line.bytes();
        int from = line.messageAt() + WARNING.length;
        int sasl = b.indexOf(SASL, from);
        if (sasl < 0) {
            return; // hostname/address mismatch, TLS library notes...: not about AUTH
        }
        String ip = Client.ipAt(b, from, ips);
        int mechStart = sasl + SASL.length;
        int mechEnd = b.indexOf((byte) ' ', mechStart);
        if (ip == null || mechEnd < 0) {
            sink.notUnderstood(line.program() + " SASL warning", origin);
            return;
        }
        String mechanism = b.text(mechStart, mechEnd);
        if (b.startsWith(AUTH_FAILED, mechEnd)) {
            int reasonStart = mechEnd + AUTH_FAILED.length;
            int userAt = b.indexOf(FAILED_USER, reasonStart);
            String reason = b.text(reasonStart, userAt < 0 ? b.to() : userAt);
            String user = userAt < 0 ? null : b.text(userAt + FAILED_USER.length, b.to());
            if (user != null && (user.isEmpty() || user.equals("(unavailable)"))) {
                user = null;
            }
            sink.accept(new AuthFailure(line.time(), origin, session(line), ip, user, mechanism, Reporter.MTA,
                    reason));
        } else if (b.startsWith(AUTH_ABORTED, mechEnd)) {
            sink.accept(new AuthAbort(line.time(), origin, session(line), ip, mechanism));
        }
        // other SASL warnings (e.g. "SASL authentication problem") carry no attempt of a client
    }

    private void queued(SyslogLine line, QueueId id, Origin origin, EventSink sink) {
        LineBytes b = line.bytes();
        int rest = line.messageAt() + id.value().length() + 2; // an id is ASCII: as many bytes as characters
        if (b.startsWith(CLIENT, rest)) {
            String ip = Client.ipAt(b, rest + CLIENT.length, ips);
            if (ip == null) {
                sink.notUnderstood(line.program() + " message", origin);
                return;
            }
            String method = Fields.plain(b, SASL_METHOD, rest);
            String login = Fields.plain(b, SASL_USERNAME, rest, logins);
            sink.accept(new MessageAccepted(line.time(), origin, id, session(line), ip,
                    login == null || login.isEmpty() ? null : login, method));
        } else if (b.startsWith(REJECT, rest)) {
            reject(line, rest, id, origin, sink);
        } else if (!b.startsWithAny(ACTIONS, rest)) {
            sink.notUnderstood(line.program() + " message", origin);
        }
    }

    /**
     * {@code reject: RCPT from name[ip]: 554 5.7.1 <r>: Relay access denied; from=<s> to=<r> proto=ESMTP helo=<h>},
     * starting at {@code from} (after "NOQUEUE: " or "QUEUEID: ").
     */
    private void reject(SyslogLine line, int from, QueueId id, Origin origin, EventSink sink) {
        LineBytes b = line.bytes();
        if (!b.startsWith(REJECT, from)) {
            return; // NOQUEUE: filter/warn/hold/discard: an action that did not refuse the client
        }
        int stageStart = from + REJECT.length;
        int stageEnd = b.indexOf(FROM_CLIENT, stageStart);
        if (stageEnd < 0) {
            sink.notUnderstood(line.program() + " reject", origin);
            return;
        }
        int colon = b.indexOf(COLON, stageEnd);
        if (colon < 0 || !Client.writtenAt(b, stageEnd + FROM_CLIENT.length)) {
            sink.notUnderstood(line.program() + " reject", origin);
            return;
        }
        if (!sink.wants(Reject.class)) {
            return;
        }
        String ip = Client.ipAt(b, stageEnd + FROM_CLIENT.length, ips);
        int codeEnd = b.indexOf((byte) ' ', colon + 2);
        String code = codeEnd < 0 ? "" : b.text(colon + 2, codeEnd);
        int reasonStart = codeEnd < 0 ? colon + 2 : codeEnd + 1;
        RejectDetails details = RejectDetails.of(b, reasonStart);
        sink.accept(new Reject(line.time(), origin, session(line), id, ip, b.text(stageStart, stageEnd),
                details.sender(), details.recipient(), code, b.text(reasonStart, details.textEnd(b))));
    }

    private SessionId session(SyslogLine line) {
        return sessions.of(line);
    }
}
