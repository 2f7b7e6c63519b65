package org.smtpsentry.logs.postfix;

import java.util.Locale;
import org.smtpsentry.event.DeliveryAttempt;
import org.smtpsentry.event.DeliveryReply;
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
import org.smtpsentry.logs.LineBytes;
import org.smtpsentry.logs.RecentValues;
import org.smtpsentry.logs.SyslogLine;

/**
 * The lines of a message's life in the queue: cleanup, qmgr, pickup, the delivery agents, postsuper. Read from the
 * line's bytes: positions below are byte positions in the whole line.
 */
final class QueueMessages {
    private static final byte[] TO = LineBytes.ascii("to=");
    private static final byte[] TO_ANGLED = LineBytes.ascii("to=<");
    /** A delivery's recipient after its queue id: the first "to=<" of the line, the header holds none. */
    private static final byte[] TO_IN_MESSAGE = LineBytes.ascii(": to=<");
    private static final byte[] FROM = LineBytes.ascii("from=");
    private static final byte[] FROM_ANGLED = LineBytes.ascii("from=<");
    private static final byte[] REMOVED = LineBytes.ascii("removed");
    private static final byte[] MESSAGE_ID = LineBytes.ascii("message-id=");
    private static final byte[] UID = LineBytes.ascii("uid=");
    private static final byte[] ORIG_ID = LineBytes.ascii(" orig_id=");
    private static final byte[] REJECT = LineBytes.ascii("reject: ");
    private static final byte[] MILTER_REJECT = LineBytes.ascii("milter-reject: ");
    private static final byte[] STATUS = LineBytes.ascii(" status=");
    private static final byte[] RELAY = LineBytes.ascii("relay=");
    private static final byte[] DSN = LineBytes.ascii(", dsn=");
    private static final byte[] EXPIRED = LineBytes.ascii(", status=expired");
    private static final byte[] SIZE = LineBytes.ascii("size=");
    private static final byte[] NRCPT = LineBytes.ascii("nrcpt=");
    private static final byte[] FROM_CLIENT = LineBytes.ascii(" from ");
    private static final byte[] COLON = LineBytes.ascii(": ");
    private static final byte[] AT = LineBytes.ascii("@");
    /** The delivery status words, and what each means; address verification's "deliverable" is none of them. */
    private static final byte[][] STATUS_WORDS = {LineBytes.ascii("sent"), LineBytes.ascii("deferred"),
            LineBytes.ascii("bounced"), LineBytes.ascii("expired")};
    private static final DeliveryStatus[] STATUSES = {DeliveryStatus.SENT, DeliveryStatus.DEFERRED,
            DeliveryStatus.BOUNCED, DeliveryStatus.EXPIRED};
    /** Notices about a queued message that carry nothing to count. */
    private static final byte[][] QUEUED_NOTICES = LineBytes.words("host ", "lost connection", "conversation with",
            "sender non-delivery", "sender delivery status", "postmaster non-delivery", "placed on hold",
            "released from hold", "requeued", "warning: ", "info: ", "enabling PIX", "resent-message-id=",
            "skipped, still being delivered", "redirect: ", "hold: ", "discard: ", "filter: ", "replace: ",
            "prepend: ", "Cannot start TLS", "SMTPUTF8", "TLS is required",
            "uid="); // pickup of a message requeued by postsuper -r (orig_id=): not new mail
    /** The queue daemons' notices without a queue id. */
    private static final byte[][] NOTICES = LineBytes.words("warning: ", "fatal: ", "error: ", "panic: ", "connect to ",
            "Deleted: ", "Requeued: ", "Placed on hold: ", "Released from hold: ", "Untrusted TLS connection",
            "Trusted TLS connection", "Verified TLS connection", "Anonymous TLS connection", "statistics: ", "table ",
            "SSL_connect error", "lost connection", "host ");

    private final RecentValues<QueueId> queueIds;
    private final RecentValues<String> ips;
    /** A server's senders are few and write again and again; each is one object, its address lower-cased once. */
    private final RecentValues<Mailbox> senders = new RecentValues<>(512, Mailbox::of);
    /** Recipients are many, their domains few. */
    private final RecentValues<String> domains = new RecentValues<>(1024, domain -> domain.toLowerCase(Locale.ROOT));

    QueueMessages(RecentValues<QueueId> queueIds, RecentValues<String> ips) {
        this.queueIds = queueIds;
        this.ips = ips;
    }

    void decode(SyslogLine line, Origin origin, EventSink sink) {
        LineBytes b = line.bytes();
        QueueId id = QueueIds.at(line, queueIds);
        if (id == null) {
            if (!b.startsWithAny(NOTICES, line.messageAt())) {
                sink.notUnderstood(line.program() + " message", origin);
            }
            return;
        }
        int rest = line.messageAt() + id.value().length() + 2; // an id is ASCII: as many bytes as characters
        byte first = rest < b.to() ? b.bytes()[rest] : 0; // one comparison instead of a word's for the prefixes below
        if (first == 't' && b.startsWith(TO_ANGLED, rest)) {
            delivery(line, rest, id, origin, sink);
        } else if (first == 'f' && b.startsWith(FROM_ANGLED, rest)) {
            envelope(line, rest, id, origin, sink);
        } else if (first == 'r' && b.startsWith(REMOVED, rest)) {
            sink.accept(new MessageRemoved(line.time(), origin, id));
        } else if (first == 'm' && b.startsWith(MESSAGE_ID, rest)) {
            if (!sink.wants(MessageIdentified.class)) {
                return;
            }
            String messageId = Fields.angled(b, MESSAGE_ID, rest);
            sink.accept(new MessageIdentified(line.time(), origin, id,
                    messageId != null ? messageId : b.text(rest + MESSAGE_ID.length, b.to())));
        } else if (b.startsWith(UID, rest) && b.indexOf(ORIG_ID, rest) < 0) {
            long uid = Fields.number(b, UID, rest);
            String sender = Fields.angled(b, FROM, rest);
            sink.accept(new LocalSubmission(line.time(), origin, id, (int) uid, null,
                    sender == null ? Mailbox.NULL_SENDER : Mailbox.of(sender)));
        } else if (b.startsWith(REJECT, rest) || b.startsWith(MILTER_REJECT, rest)) {
            contentReject(line, rest, id, origin, sink);
        } else if (!b.startsWithAny(QUEUED_NOTICES, rest)) {
            sink.notUnderstood(line.program() + " message", origin);
        }
    }

    /** {@code to=<r>, orig_to=<o>, relay=R, delay=1.2, delays=..., dsn=4.4.1, status=deferred (reason)}. */
    private void delivery(SyslogLine line, int rest, QueueId id, Origin origin, EventSink sink) {
        LineBytes b = line.bytes();
        int open = rest + TO.length; // the '<'
        int close = b.indexOf((byte) '>', open + 1);
        int statusAt = close < 0 ? -1 : b.indexOf(STATUS, close);
        if (statusAt < 0) {
            sink.notUnderstood(line.program() + " delivery", origin);
            return;
        }
        int wordStart = statusAt + STATUS.length;
        DeliveryStatus status = status(b, wordStart, Fields.valueEnd(b, wordStart));
        if (status == null) {
            return;
        }
        sink.accept(new DeliveryAttempt(line.time(), origin, id, recipient(b, open + 1, close), status,
                DeliveryReply.readLater(origin, QueueMessages::reply)));
    }

    /** The relay, DSN and reply of a delivery line that {@link #delivery} understood, read from its text. */
    private static DeliveryReply reply(String text) {
        LineBytes b = LineBytes.of(text);
        int close = b.indexOf((byte) '>', b.indexOf(TO_IN_MESSAGE, 0) + TO_IN_MESSAGE.length);
        int statusAt = b.indexOf(STATUS, close);
        int wordEnd = Fields.valueEnd(b, statusAt + STATUS.length);
        // Postfix writes the fields in one order: relay= follows the recipient, dsn= comes just before status=
        String relay = Fields.plain(b, RELAY, close);
        int dsnAt = b.lastIndexOf(DSN, close + 1, statusAt);
        String dsn = dsnAt < 0 ? null : b.text(dsnAt + DSN.length, Fields.valueEnd(b, dsnAt + DSN.length));
        String response = "";
        int reasonOpen = b.indexOf((byte) '(', wordEnd);
        if (reasonOpen >= 0) {
            int reasonClose = b.lastIndexOf((byte) ')', reasonOpen + 1);
            response = b.text(reasonOpen + 1, reasonClose < 0 ? b.to() : reasonClose);
        }
        return DeliveryReply.of(relay == null ? "none" : relay, dsn, response);
    }

    private static DeliveryStatus status(LineBytes b, int start, int end) {
        for (int i = 0; i < STATUS_WORDS.length; i++) {
            if (STATUS_WORDS[i].length == end - start && b.startsWith(STATUS_WORDS[i], start)) {
                return STATUSES[i];
            }
        }
        return null;
    }

    /** qmgr's {@code from=<s>, size=N, nrcpt=M (queue active)}, or its expiry notice. */
    private void envelope(SyslogLine line, int rest, QueueId id, Origin origin, EventSink sink) {
        LineBytes b = line.bytes();
        int open = rest + FROM.length; // the '<'
        int close = b.indexOf((byte) '>', open + 1);
        if (close < 0) {
            sink.notUnderstood(line.program() + " message", origin);
            return;
        }
        if (b.startsWith(EXPIRED, close + 1)) {
            return; // "returned to sender": the bounce and the removal follow as lines of their own
        }
        long size = Fields.number(b, SIZE, close);
        long nrcpt = Fields.number(b, NRCPT, close);
        Mailbox sender = close == open + 1 ? Mailbox.NULL_SENDER : senders.of(b, open + 1, close);
        sink.accept(new MailFrom(line.time(), origin, id, sender, size, (int) nrcpt));
    }

    private Mailbox recipient(LineBytes b, int from, int to) {
        int at = b.lastIndexOf(AT, from, to);
        String address = b.text(from, to);
        return at < 0 || at + 1 == to ? Mailbox.of(address) : Mailbox.withDomain(address, domains.of(b, at + 1, to));
    }

    /** cleanup's header/body checks and milters: {@code reject: header Subject: x from name[ip]; from=<s> to=<r>...}. */
    private void contentReject(SyslogLine line, int rest, QueueId id, Origin origin, EventSink sink) {
        LineBytes b = line.bytes();
        RejectDetails details = RejectDetails.of(b, rest);
        int fromAt = b.lastIndexOf(FROM_CLIENT, rest + 1, details.textEnd(b));
        String ip = fromAt < 0 ? null : Client.ipAt(b, fromAt + FROM_CLIENT.length, ips);
        int codeAt = details.at() < 0 ? -1 : b.indexOf(COLON, details.at());
        String reason = b.text(details.at() < 0 ? rest : codeAt < 0 ? details.at() + 2 : codeAt + 2, b.to());
        sink.accept(new Reject(line.time(), origin, null, id, ip, "END-OF-MESSAGE", details.sender(),
                details.recipient(), "", reason));
    }
}
