package org.smtpsentry.logs.icewarp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smtpsentry.event.DeliveryAttempt;
import org.smtpsentry.event.DeliveryStatus;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.MessageRemoved;
import org.smtpsentry.event.Origin;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.logs.EventSink;

/**
 * IceWarp delivering one message: {@code SYSTEM [1474] 18:13:21 Client session Message id TUQ42143 <from> <to>...},
 * then the remote server's lines under the same id ({@code >>>} is what IceWarp sent, {@code <<<} the remote
 * answer), ending with {@code ***} (delivered), {@code Could not connect to ...} or {@code INCOMPLETE-SESSION}
 * (deferred). Each recipient gets one delivery attempt, with the remote answer that decided it.
 */
final class ClientSession implements IceWarpSessions.Session {
    private final Map<QueueId, List<Mailbox>> recipientsOf;
    private QueueId id;
    private final Set<Mailbox> recipients = new LinkedHashSet<>();
    private final Set<Mailbox> accepted = new LinkedHashSet<>();
    private final Set<Mailbox> decided = new LinkedHashSet<>();
    private String relay = "none";
    private String pending = "";
    private Mailbox rcpt;
    private boolean ended;
    private boolean undelivered;

    ClientSession(Map<QueueId, List<Mailbox>> recipientsOf) {
        this.recipientsOf = recipientsOf;
    }

    @Override
    public boolean ended() {
        return ended;
    }

    @Override
    public void line(Instant time, SessionLine l, Origin origin, EventSink sink) {
        String t = l.text();
        if (t.startsWith("Client session")) {
            int at = t.indexOf("Message id ");
            if (at < 0) {
                sink.notUnderstood("IceWarp client session line", origin);
                return;
            }
            int end = t.indexOf(' ', at + 11);
            id = new QueueId(t.substring(at + 11, end < 0 ? t.length() : end));
            List<String> addresses = IceWarpSessions.angled(t, at);
            for (int i = 1; i < addresses.size(); i++) {
                recipients.add(Mailbox.of(addresses.get(i)));
            }
            if (recipients.isEmpty()) {
                recipients.addAll(recipientsOf.getOrDefault(id, List.of()));
            }
            return;
        }
        if (id == null) {
            sink.notUnderstood("IceWarp client session line", origin);
            return;
        }
        if (t.startsWith(">>> ")) {
            String c = t.substring(4);
            int space = c.indexOf(' ');
            pending = (space < 0 ? c : c.substring(0, space)).toUpperCase(java.util.Locale.ROOT);
            if (pending.equals("RCPT")) {
                List<String> a = IceWarpSessions.angled(c, 0);
                rcpt = a.isEmpty() ? null : Mailbox.of(a.get(0));
                if (rcpt != null) {
                    recipients.add(rcpt);
                }
            }
        } else if (t.startsWith("<<< ")) {
            answer(time, t.substring(4), origin, sink);
        } else if (t.startsWith("*** ")) {
            boolean ok = t.endsWith(" OK") || t.contains(" OK ");
            for (Mailbox r : accepted.isEmpty() ? recipients : accepted) {
                attempt(time, r, ok ? DeliveryStatus.SENT : DeliveryStatus.DEFERRED, ok ? "2.0.0" : "4.0.0",
                        t.substring(4), origin, sink);
            }
            if (ok && !undelivered && decided.containsAll(recipients)) {
                sink.accept(new MessageRemoved(time, origin, id));
            }
        } else if (t.startsWith("Could not connect")) {
            for (Mailbox r : recipients) {
                attempt(time, r, DeliveryStatus.DEFERRED, "4.4.1", t, origin, sink);
            }
        } else if (t.contains("INCOMPLETE-SESSION")) {
            for (Mailbox r : new ArrayList<>(recipients)) {
                attempt(time, r, DeliveryStatus.DEFERRED, "4.4.2", "INCOMPLETE-SESSION", origin, sink);
            }
        } else if (t.equals("Connected") || t.startsWith("Connecting to ")) {
            relay = t.startsWith("Connecting to ") ? t.substring(14) + "[" + l.peer() + "]" : "[" + l.peer() + "]";
        } else if (t.startsWith("Disconnected")) {
            ended = true;
        } else if (!t.startsWith("SSL") && !t.startsWith("TLS")) {
            sink.notUnderstood("IceWarp client session line", origin);
        }
    }

    private void answer(Instant time, String a, Origin origin, EventSink sink) {
        int code = IceWarpSessions.code(a, 0);
        if (code < 0) {
            return;
        }
        if (pending.equals("RCPT") && rcpt != null) {
            if (code < 300) {
                accepted.add(rcpt);
            } else {
                attempt(time, rcpt, code >= 500 ? DeliveryStatus.BOUNCED : DeliveryStatus.DEFERRED,
                        code >= 500 ? "5.0.0" : "4.0.0", a, origin, sink);
            }
        } else if ((pending.equals("DATA") || pending.equals(".") || pending.equals("MAIL")) && code >= 400) {
            for (Mailbox r : recipients) {
                attempt(time, r, code >= 500 ? DeliveryStatus.BOUNCED : DeliveryStatus.DEFERRED,
                        code >= 500 ? "5.0.0" : "4.0.0", a, origin, sink);
            }
        }
        pending = "";
    }

    private void attempt(Instant time, Mailbox r, DeliveryStatus status, String dsn, String response, Origin origin,
                         EventSink sink) {
        if (decided.add(r)) {
            undelivered |= status != DeliveryStatus.SENT;
            String enhanced = enhanced(response);
            sink.accept(new DeliveryAttempt(time, origin, id, r, relay, status, enhanced != null ? enhanced : dsn,
                    response));
        }
    }

    /** "451 4.7.1 Try later" -> "4.7.1", or null. */
    private static String enhanced(String answer) {
        int space = answer.indexOf(' ');
        if (space < 0 || space + 6 > answer.length()) {
            return null;
        }
        char c = answer.charAt(space + 1);
        if ((c == '2' || c == '4' || c == '5') && answer.charAt(space + 2) == '.') {
            int end = answer.indexOf(' ', space + 1);
            return answer.substring(space + 1, end < 0 ? answer.length() : end);
        }
        return null;
    }
}
