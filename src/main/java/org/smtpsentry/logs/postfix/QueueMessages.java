package org.smtpsentry.logs.postfix;

import org.smtpsentry.event.DeliveryAttempt;
import org.smtpsentry.event.DeliveryStatus;
import org.smtpsentry.event.LocalSubmission;
import org.smtpsentry.event.MailFrom;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.MessageIdentified;
import org.smtpsentry.event.MessageRemoved;
import org.smtpsentry.event.Origin;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.event.Reject;
import org.smtpsentry.logs.EventSink;
import org.smtpsentry.logs.SyslogLine;

/** The lines of a message's life in the queue: cleanup, qmgr, pickup, the delivery agents, postsuper. */
final class QueueMessages {

    void decode(SyslogLine line, Origin origin, EventSink sink) {
        String m = line.message();
        int idLength = QueueIds.length(line);
        if (idLength == 0) {
            if (!isKnownNotice(m)) {
                sink.notUnderstood(line.program() + " message", origin);
            }
            return;
        }
        QueueId id = new QueueId(m.substring(0, idLength));
        int rest = idLength + 2;
        char first = rest < m.length() ? m.charAt(rest) : 0; // one comparison instead of a string's for the prefixes below
        if (first == 't' && m.startsWith("to=<", rest)) {
            delivery(line, m, rest, id, origin, sink);
        } else if (first == 'f' && m.startsWith("from=<", rest)) {
            envelope(line, m, rest, id, origin, sink);
        } else if (first == 'r' && m.startsWith("removed", rest)) {
            sink.accept(new MessageRemoved(line.time(), origin, id));
        } else if (first == 'm' && m.startsWith("message-id=", rest)) {
            String messageId = Fields.angled(m, "message-id=", rest);
            sink.accept(new MessageIdentified(line.time(), origin, id,
                    messageId != null ? messageId : m.substring(rest + 11)));
        } else if (m.startsWith("uid=", rest) && m.indexOf(" orig_id=", rest) < 0) {
            long uid = Fields.number(m, "uid=", rest);
            String sender = Fields.angled(m, "from=", rest);
            sink.accept(new LocalSubmission(line.time(), origin, id, (int) uid, null,
                    sender == null ? Mailbox.NULL_SENDER : Mailbox.of(sender)));
        } else if (m.startsWith("reject: ", rest) || m.startsWith("milter-reject: ", rest)) {
            contentReject(line, m, rest, id, origin, sink);
        } else if (!isKnownQueuedNotice(m, rest)) {
            sink.notUnderstood(line.program() + " message", origin);
        }
    }

    /** {@code to=<r>, orig_to=<o>, relay=R, delay=1.2, delays=..., dsn=4.4.1, status=deferred (reason)}. */
    private void delivery(SyslogLine line, String m, int rest, QueueId id, Origin origin, EventSink sink) {
        String to = Fields.angled(m, "to=", rest);
        int toEnd = to == null ? -1 : rest + 4 + to.length(); // the '>'
        int statusAt = to == null ? -1 : m.indexOf(" status=", toEnd);
        if (statusAt < 0) {
            sink.notUnderstood(line.program() + " delivery", origin);
            return;
        }
        int wordStart = statusAt + 8;
        int wordEnd = Fields.valueEnd(m, wordStart);
        DeliveryStatus status = switch (m.substring(wordStart, wordEnd)) {
            case "sent" -> DeliveryStatus.SENT;
            case "deferred" -> DeliveryStatus.DEFERRED;
            case "bounced" -> DeliveryStatus.BOUNCED;
            case "expired" -> DeliveryStatus.EXPIRED;
            default -> null; // address verification probes: "deliverable", "undeliverable"
        };
        if (status == null) {
            return;
        }
        // Postfix writes the fields in one order: relay= follows the recipient, dsn= comes just before status=
        String relay = Fields.plain(m, "relay=", toEnd);
        int dsnAt = m.lastIndexOf(", dsn=", statusAt);
        String dsn = dsnAt > toEnd ? Fields.plain(m, "dsn=", dsnAt + 2) : null;
        String response = "";
        int open = m.indexOf('(', wordEnd);
        if (open >= 0) {
            int close = m.lastIndexOf(')');
            response = m.substring(open + 1, close > open ? close : m.length());
        }
        sink.accept(new DeliveryAttempt(line.time(), origin, id, Mailbox.of(to), relay == null ? "none" : relay,
                status, dsn, response));
    }

    /** qmgr's {@code from=<s>, size=N, nrcpt=M (queue active)}, or its expiry notice. */
    private void envelope(SyslogLine line, String m, int rest, QueueId id, Origin origin, EventSink sink) {
        String from = Fields.angled(m, "from=", rest);
        if (from == null) {
            sink.notUnderstood(line.program() + " message", origin);
            return;
        }
        int fromEnd = rest + 6 + from.length(); // the '>'
        if (m.startsWith(", status=expired", fromEnd + 1)) {
            return; // "returned to sender": the bounce and the removal follow as lines of their own
        }
        long size = Fields.number(m, "size=", fromEnd);
        long nrcpt = Fields.number(m, "nrcpt=", fromEnd);
        sink.accept(new MailFrom(line.time(), origin, id, Mailbox.of(from), size, (int) nrcpt));
    }

    /** cleanup's header/body checks and milters: {@code reject: header Subject: x from name[ip]; from=<s> to=<r>...}. */
    private void contentReject(SyslogLine line, String m, int rest, QueueId id, Origin origin, EventSink sink) {
        int details = m.lastIndexOf("; from=<");
        Client c = null;
        int fromAt = m.lastIndexOf(" from ", details < 0 ? m.length() : details);
        if (fromAt > rest) {
            c = Client.at(m, fromAt + 6);
        }
        String sender = details < 0 ? null : Fields.angled(m, "from=", details + 2);
        String recipient = details < 0 ? null : Fields.angled(m, "to=", details + 2);
        int codeAt = details < 0 ? -1 : m.indexOf(": ", details);
        String reason = details < 0 ? m.substring(rest) : m.substring(codeAt < 0 ? details + 2 : codeAt + 2);
        sink.accept(new Reject(line.time(), origin, null, id, c == null ? null : c.ip(), "END-OF-MESSAGE",
                sender == null ? null : Mailbox.of(sender), recipient == null ? null : Mailbox.of(recipient),
                "", reason));
    }

    private static boolean isKnownQueuedNotice(String m, int rest) {
        return m.startsWith("host ", rest) || m.startsWith("lost connection", rest)
                || m.startsWith("conversation with", rest) || m.startsWith("sender non-delivery", rest)
                || m.startsWith("sender delivery status", rest) || m.startsWith("postmaster non-delivery", rest)
                || m.startsWith("placed on hold", rest) || m.startsWith("released from hold", rest)
                || m.startsWith("requeued", rest) || m.startsWith("warning: ", rest) || m.startsWith("info: ", rest)
                || m.startsWith("enabling PIX", rest) || m.startsWith("resent-message-id=", rest)
                || m.startsWith("skipped, still being delivered", rest) || m.startsWith("redirect: ", rest)
                || m.startsWith("hold: ", rest) || m.startsWith("discard: ", rest) || m.startsWith("filter: ", rest)
                || m.startsWith("replace: ", rest) || m.startsWith("prepend: ", rest) || m.startsWith("Cannot start TLS", rest)
                || m.startsWith("SMTPUTF8", rest) || m.startsWith("TLS is required", rest)
                || m.startsWith("uid=", rest); // pickup of a message requeued by postsuper -r (orig_id=): not new mail
    }

    private static boolean isKnownNotice(String m) {
        return m.startsWith("warning: ") || m.startsWith("fatal: ") || m.startsWith("error: ")
                || m.startsWith("panic: ") || m.startsWith("connect to ") || m.startsWith("Deleted: ")
                || m.startsWith("Requeued: ") || m.startsWith("Placed on hold: ") || m.startsWith("Released from hold: ")
                || m.startsWith("Untrusted TLS connection") || m.startsWith("Trusted TLS connection")
                || m.startsWith("Verified TLS connection") || m.startsWith("Anonymous TLS connection")
                || m.startsWith("statistics: ") || m.startsWith("table ") || m.startsWith("SSL_connect error")
                || m.startsWith("lost connection") || m.startsWith("host ");
    }
}
