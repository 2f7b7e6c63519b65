package org.smtpsentry.logs.exchange;

import java.time.Instant;
import org.smtpsentry.event.DeliveryAttempt;
import org.smtpsentry.event.DeliveryStatus;
import org.smtpsentry.event.MailFrom;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.MessageAccepted;
import org.smtpsentry.event.MessageIdentified;
import org.smtpsentry.event.Origin;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.logs.EventSink;

/**
 * A message tracking row: RECEIVE (a message came in, from client-ip), SEND (handed to a remote server), DELIVER
 * (to a local mailbox), DEFER and FAIL; the other events (SUBMIT, EXPAND, AGENTINFO, HAREDIRECT...) only move the
 * message inside Exchange. The message is named by its internal-message-id; recipients and their statuses are lists
 * separated by ';'. The tracking log names no SASL login: that comes from the receive protocol log's session.
 */
final class TrackingRow {
    private final int clientIp;
    private final int originalClientIp;
    private final int serverHostname;
    private final int serverIp;
    private final int source;
    private final int eventId;
    private final int internalId;
    private final int messageId;
    private final int recipient;
    private final int recipientStatus;
    private final int totalBytes;
    private final int recipientCount;
    private final int sender;

    TrackingRow(Columns c) {
        clientIp = c.index("client-ip");
        originalClientIp = c.index("original-client-ip");
        serverHostname = c.index("server-hostname");
        serverIp = c.index("server-ip");
        source = c.index("source");
        eventId = c.index("event-id");
        internalId = c.index("internal-message-id");
        messageId = c.index("message-id");
        recipient = c.index("recipient-address");
        recipientStatus = c.index("recipient-status");
        totalBytes = c.index("total-bytes");
        recipientCount = c.index("recipient-count");
        sender = c.index("sender-address");
    }

    void decode(Instant time, String[] f, Origin origin, EventSink sink) {
        String event = f[eventId];
        String id = f[internalId];
        if (id.isEmpty()) {
            if (!event.isEmpty()) {
                return; // rows about no message (e.g. a tracking log's own notices)
            }
            sink.notUnderstood("Exchange tracking row without internal-message-id", origin);
            return;
        }
        QueueId queueId = new QueueId(id);
        switch (event) {
            case "RECEIVE" -> {
                if (!get(f, source).equals("SMTP")) {
                    return; // STOREDRIVER: Outlook's submission, the same message as the SMTP one, or none
                }
                String ip = get(f, originalClientIp).isEmpty() ? get(f, clientIp) : get(f, originalClientIp);
                sink.accept(new MessageAccepted(time, origin, queueId, null, ip.isEmpty() ? null : ip, null, null));
                sink.accept(new MailFrom(time, origin, queueId, Mailbox.of(get(f, sender)), number(get(f, totalBytes)),
                        (int) number(get(f, recipientCount))));
                String mid = get(f, messageId);
                if (!mid.isEmpty()) {
                    sink.accept(new MessageIdentified(time, origin, queueId, unangle(mid)));
                }
            }
            case "SEND" -> attempts(time, f, queueId, DeliveryStatus.SENT, origin, sink);
            case "DELIVER" -> attempts(time, f, queueId, DeliveryStatus.SENT, origin, sink);
            case "DEFER" -> attempts(time, f, queueId, DeliveryStatus.DEFERRED, origin, sink);
            case "FAIL" -> attempts(time, f, queueId, DeliveryStatus.BOUNCED, origin, sink);
            case "SUBMIT", "EXPAND", "AGENTINFO", "HAREDIRECT", "HARECEIVE", "HADISCARD", "RESUBMIT", "DSN",
                 "REDIRECT", "TRANSFER", "DROP", "BADMAIL", "POISONMESSAGE", "RESOLVE", "NOTIFYMAPI", "SUBMITDEFER",
                 "SUBMITDROP", "DUPLICATEDELIVER", "DUPLICATEEXPAND", "DUPLICATEREDIRECT", "INITMESSAGECREATED",
                 "LOAD", "MODERATIONEXPIRE", "MODERATORAPPROVE", "MODERATORREJECT", "MODERATORSALLNDR",
                 "PROCESS", "PROCESSMEETINGMESSAGE", "THROTTLE", "SAFETYNET", "RECIPIENTSUBMIT",
                 "HAREDIRECTFAIL" -> { }
            default -> sink.notUnderstood("Exchange tracking event " + event, origin);
        }
    }

    /** One attempt per recipient of the row; the statuses list lines up with the recipients, or is one for all. */
    private void attempts(Instant time, String[] f, QueueId id, DeliveryStatus status, Origin origin,
                          EventSink sink) {
        String[] recipients = get(f, recipient).split(";");
        String[] statuses = get(f, recipientStatus).split(";");
        // SEND names the remote server; DEFER and FAIL name only this one
        String relay = status == DeliveryStatus.SENT && get(f, source).equals("STOREDRIVER") ? "local"
                : status != DeliveryStatus.SENT || get(f, serverHostname).isEmpty() ? "none" : get(f, serverHostname)
                + (get(f, serverIp).isEmpty() ? "" : "[" + get(f, serverIp) + "]");
        for (int i = 0; i < recipients.length; i++) {
            String r = recipients[i].trim();
            if (r.isEmpty()) {
                continue;
            }
            String answer = statuses.length == recipients.length ? statuses[i] : String.join(";", statuses);
            sink.accept(new DeliveryAttempt(time, origin, id, Mailbox.of(r), relay, status, dsn(answer, status),
                    answer));
        }
    }

    private static String dsn(String answer, DeliveryStatus status) {
        int i = 0;
        while (i < answer.length()) {
            int space = answer.indexOf(' ', i);
            String word = answer.substring(i, space < 0 ? answer.length() : space);
            if (word.length() >= 5 && word.charAt(1) == '.' && "245".indexOf(word.charAt(0)) >= 0
                    && Character.isDigit(word.charAt(2))) {
                return word;
            }
            if (space < 0) {
                break;
            }
            i = space + 1;
        }
        return status == DeliveryStatus.SENT ? "2.0.0" : status == DeliveryStatus.DEFERRED ? "4.0.0" : "5.0.0";
    }

    private static String get(String[] f, int index) {
        return index < 0 || index >= f.length ? "" : f[index];
    }

    private static String unangle(String s) {
        return s.startsWith("<") && s.endsWith(">") ? s.substring(1, s.length() - 1) : s;
    }

    private static long number(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return -1;
            }
        }
        return Long.parseLong(s);
    }
}
