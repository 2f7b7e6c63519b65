package org.smtpsentry.logs.postfix;

import org.smtpsentry.event.AuthAbort;
import org.smtpsentry.event.AuthFailure;
import org.smtpsentry.event.Connect;
import org.smtpsentry.event.Disconnect;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.MessageAccepted;
import org.smtpsentry.event.Origin;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.event.Reject;
import org.smtpsentry.event.Reporter;
import org.smtpsentry.event.SessionId;
import org.smtpsentry.event.TlsStarted;
import org.smtpsentry.logs.Decimals;
import org.smtpsentry.logs.EventSink;
import org.smtpsentry.logs.SyslogLine;

/** smtpd's and postscreen's messages: sessions, AUTH, accepted messages and rejects. */
final class SmtpdMessages {
    private final SessionIds sessions;

    SmtpdMessages(SessionIds sessions) {
        this.sessions = sessions;
    }

    private static final String SASL = "SASL ";
    private static final String AUTH_FAILED = " authentication failed: ";
    private static final String AUTH_ABORTED = " authentication aborted";

    void decode(SyslogLine line, boolean postscreen, Origin origin, EventSink sink) {
        String m = line.message();
        char first = m.isEmpty() ? 0 : m.charAt(0); // one comparison instead of a string's for the prefixes below
        if (first == 'c' && m.startsWith("connect from ")) {
            Client c = Client.at(m, 13);
            if (c != null) {
                sink.accept(new Connect(line.time(), origin, session(line), c.ip(), c.name()));
                return;
            }
        } else if (first == 'd' && m.startsWith("disconnect from ")) {
            disconnect(line, m, origin, sink);
            return;
        } else if (first == 'l' && m.startsWith("lost connection after ")
                || first == 't' && m.startsWith("timeout after ")) {
            lostConnection(line, m, origin, sink);
            return;
        } else if (first == 'w' && m.startsWith("warning: ")) {
            warning(line, m, origin, sink);
            return;
        } else if (first == 'N' && m.startsWith("NOQUEUE: ")) {
            reject(line, m, 9, null, origin, sink);
            return;
        } else {
            int idLength = QueueIds.length(line);
            if (idLength > 0) {
                queued(line, m, idLength, origin, sink);
                return;
            }
            if (postscreen) {
                return; // its own notices (CONNECT, PASS, DNSBL rank, HANGUP...): the rejects were read above
            }
            int tls = m.indexOf(' '); // "Anonymous TLS connection established from ...", "Trusted", "Verified"...
            if (tls > 0 && tls < 12 && m.startsWith(" TLS connection established from ", tls)) {
                Client c = Client.at(m, tls + 33);
                int colon = m.indexOf("]: ", tls);
                if (c != null) {
                    sink.accept(new TlsStarted(line.time(), origin, session(line), c.ip(),
                            colon < 0 ? "" : m.substring(colon + 3)));
                    return;
                }
            }
            if (isKnownSmtpdNotice(m)) {
                return;
            }
        }
        sink.notUnderstood(line.program() + " message", origin);
    }

    /** smtpd notices that say nothing about who logged in or what was sent. */
    private static boolean isKnownSmtpdNotice(String m) {
        return m.startsWith("Anonymous TLS connection") || m.startsWith("Trusted TLS connection")
                || m.startsWith("Verified TLS connection") || m.startsWith("Untrusted TLS connection")
                || m.startsWith("SSL_accept error") || m.startsWith("improper command pipelining")
                || m.startsWith("too many errors") || m.startsWith("fatal: ") || m.startsWith("error: ")
                || m.startsWith("panic: ") || m.startsWith("table ") || m.startsWith("proxy-")
                || m.startsWith("discarding EHLO keywords") || m.startsWith("non-SMTP command")
                || m.startsWith("hostname ") || m.startsWith("setting up TLS") || m.startsWith("initializing")
                || m.startsWith("connection established") || m.startsWith("abort:");
    }

    private void disconnect(SyslogLine line, String m, Origin origin, EventSink sink) {
        Client c = Client.at(m, 16);
        if (c == null) {
            sink.notUnderstood(line.program() + " message", origin);
            return;
        }
        int tried = -1;
        int succeeded = -1;
        int at = m.indexOf(" auth=", 16);
        if (at > 0) {
            int start = at + 6;
            int end = start;
            while (end < m.length() && m.charAt(end) != ' ') {
                end++;
            }
            int slash = m.indexOf('/', start);
            if (slash > 0 && slash < end) {
                succeeded = Decimals.parse(m, start, slash);
                tried = Decimals.parse(m, slash + 1, end);
            } else {
                succeeded = Decimals.parse(m, start, end);
                tried = succeeded;
            }
        } else if (m.indexOf(" commands=", 16) > 0) {
            tried = 0; // the counters are there and AUTH is not among them
            succeeded = 0;
        }
        sink.accept(new Disconnect(line.time(), origin, session(line), c.ip(), tried, succeeded));
    }

    private void lostConnection(SyslogLine line, String m, Origin origin, EventSink sink) {
        int after = m.indexOf("after ") + 6;
        if (m.startsWith("AUTH from ", after)) {
            Client c = Client.at(m, after + 10);
            if (c != null) {
                sink.accept(new AuthAbort(line.time(), origin, session(line), c.ip(), null));
            }
        }
        // a connection lost after any other command is ended by the disconnect line that follows
    }

    private void warning(SyslogLine line, String m, Origin origin, EventSink sink) {
        int sasl = m.indexOf(": " + SASL, 9);
        if (sasl < 0) {
            return; // hostname/address mismatch, TLS library notes...: not about AUTH
        }
        Client c = Client.at(m, 9);
        int mechStart = sasl + 2 + SASL.length();
        int mechEnd = m.indexOf(' ', mechStart);
        if (c == null || mechEnd < 0) {
            sink.notUnderstood(line.program() + " SASL warning", origin);
            return;
        }
        String mechanism = m.substring(mechStart, mechEnd);
        if (m.startsWith(AUTH_FAILED, mechEnd)) {
            int reasonStart = mechEnd + AUTH_FAILED.length();
            int userAt = m.indexOf(", sasl_username=", reasonStart);
            String reason = userAt < 0 ? m.substring(reasonStart) : m.substring(reasonStart, userAt);
            String user = userAt < 0 ? null : m.substring(userAt + 16);
            if (user != null && (user.isEmpty() || user.equals("(unavailable)"))) {
                user = null;
            }
            sink.accept(new AuthFailure(line.time(), origin, session(line), c.ip(), user, mechanism, Reporter.MTA,
                    reason));
        } else if (m.startsWith(AUTH_ABORTED, mechEnd)) {
            sink.accept(new AuthAbort(line.time(), origin, session(line), c.ip(), mechanism));
        }
        // other SASL warnings (e.g. "SASL authentication problem") carry no attempt of a client
    }

    private void queued(SyslogLine line, String m, int idLength, Origin origin, EventSink sink) {
        QueueId id = new QueueId(m.substring(0, idLength));
        int rest = idLength + 2;
        if (m.startsWith("client=", rest)) {
            Client c = Client.at(m, rest + 7);
            if (c == null) {
                sink.notUnderstood(line.program() + " message", origin);
                return;
            }
            String method = Fields.plain(m, "sasl_method=", rest);
            String login = Fields.plain(m, "sasl_username=", rest);
            sink.accept(new MessageAccepted(line.time(), origin, id, session(line), c.ip(),
                    login == null || login.isEmpty() ? null : login, method));
        } else if (m.startsWith("reject: ", rest)) {
            reject(line, m, rest, id, origin, sink);
        } else if (!m.startsWith("filter: ", rest) && !m.startsWith("warn: ", rest) && !m.startsWith("hold: ", rest)
                && !m.startsWith("discard: ", rest) && !m.startsWith("redirect: ", rest)
                && !m.startsWith("info: ", rest)) {
            sink.notUnderstood(line.program() + " message", origin);
        }
    }

    /**
     * {@code reject: RCPT from name[ip]: 554 5.7.1 <r>: Relay access denied; from=<s> to=<r> proto=ESMTP helo=<h>},
     * starting at {@code from} (after "NOQUEUE: " or "QUEUEID: ").
     */
    private void reject(SyslogLine line, String m, int from, QueueId id, Origin origin, EventSink sink) {
        if (!m.startsWith("reject: ", from)) {
            return; // NOQUEUE: filter/warn/hold/discard: an action that did not refuse the client
        }
        int stageStart = from + 8;
        int stageEnd = m.indexOf(" from ", stageStart);
        if (stageEnd < 0) {
            sink.notUnderstood(line.program() + " reject", origin);
            return;
        }
        Client c = Client.at(m, stageEnd + 6);
        int colon = m.indexOf(": ", stageEnd);
        if (c == null || colon < 0) {
            sink.notUnderstood(line.program() + " reject", origin);
            return;
        }
        int codeEnd = m.indexOf(' ', colon + 2);
        String code = codeEnd < 0 ? "" : m.substring(colon + 2, codeEnd);
        int details = m.lastIndexOf("; from=<");
        String reason = m.substring(codeEnd < 0 ? colon + 2 : codeEnd + 1, details < 0 ? m.length() : details);
        String sender = details < 0 ? null : Fields.angled(m, "from=", details + 2);
        String recipient = details < 0 ? null : Fields.angled(m, "to=", details + 2);
        sink.accept(new Reject(line.time(), origin, session(line), id, c.ip(), m.substring(stageStart, stageEnd),
                sender == null ? null : Mailbox.of(sender), recipient == null ? null : Mailbox.of(recipient), code,
                reason));
    }

    private SessionId session(SyslogLine line) {
        return sessions.of(line);
    }
}
