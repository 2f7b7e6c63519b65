package org.smtpsentry.event.trail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smtpsentry.event.AuthSuccess;
import org.smtpsentry.event.Connect;
import org.smtpsentry.event.DeliveryAttempt;
import org.smtpsentry.event.DeliveryStatus;
import org.smtpsentry.event.Helo;
import org.smtpsentry.event.LocalSubmission;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.MailFrom;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.MessageAccepted;
import org.smtpsentry.event.MessageIdentified;
import org.smtpsentry.event.MessageRemoved;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.event.Rcpt;
import org.smtpsentry.event.SessionId;
import org.smtpsentry.event.TlsStarted;
import org.smtpsentry.event.WeakPassword;

/**
 * The story of one queued message: the events that name it (arrival, envelope, recipients, delivery attempts,
 * removal) and the events of the SMTP session it came in on. Every fact is read from the events; a fact the logs do
 * not give is null.
 */
public final class MessageStory {
    private final QueueId queueId;
    private final List<MailEvent> events;
    private final List<MailEvent> session;

    MessageStory(QueueId queueId, List<MailEvent> events, List<MailEvent> session) {
        this.queueId = queueId;
        this.events = events;
        this.session = session;
    }

    /** Where a message is now, from the latest attempt for each recipient. */
    public enum State {
        DELIVERED, BOUNCED, PARTLY_BOUNCED, QUEUED, NO_ATTEMPT, REMOVED
    }

    /** The state and the recipients in each latest status. */
    public record Whereabouts(State state, int delivered, int deferred, int bounced, Instant lastAttempt) {
    }

    public QueueId queueId() {
        return queueId;
    }

    /** The message's own events, in log order. */
    public List<MailEvent> events() {
        return events;
    }

    /** The events of the session it came in on, from connect to disconnect where logged; empty when unknown. */
    public List<MailEvent> sessionEvents() {
        return session;
    }

    public MessageAccepted arrival() {
        return first(MessageAccepted.class, events);
    }

    public LocalSubmission localSubmission() {
        return first(LocalSubmission.class, events);
    }

    public SessionId sessionId() {
        MessageAccepted a = arrival();
        for (MailEvent e : events) {
            if (e instanceof MessageAccepted m && m.session() != null) {
                return m.session();
            }
        }
        return a == null ? null : a.session();
    }

    public String messageId() {
        MessageIdentified i = first(MessageIdentified.class, events);
        return i == null ? null : i.messageId();
    }

    /** The client address: from the arrival, else from the session's connect. */
    public String clientIp() {
        for (MailEvent e : events) {
            if (e instanceof MessageAccepted m && m.clientIp() != null) {
                return m.clientIp();
            }
        }
        Connect c = first(Connect.class, session);
        return c == null ? null : c.clientIp();
    }

    /** The last HELO/EHLO name before the message, or null. */
    public String helo() {
        Helo h = last(Helo.class, session);
        return h == null ? null : h.name();
    }

    /** The session's TLS, or null when the logs show none. */
    public TlsStarted tls() {
        return first(TlsStarted.class, session);
    }

    /** The SASL login: from the arrival, else from a successful AUTH in the session. */
    public String login() {
        for (MailEvent e : events) {
            if (e instanceof MessageAccepted m && m.login() != null) {
                return m.login();
            }
        }
        AuthSuccess s = last(AuthSuccess.class, session);
        return s == null ? null : s.user();
    }

    public String mechanism() {
        for (MailEvent e : events) {
            if (e instanceof MessageAccepted m && m.mechanism() != null) {
                return m.mechanism();
            }
        }
        AuthSuccess s = last(AuthSuccess.class, session);
        return s == null ? null : s.mechanism();
    }

    /** Whether the log showed the login's password and it was weak (IceWarp), with how. */
    public WeakPassword weakPassword() {
        return last(WeakPassword.class, session);
    }

    public MailFrom envelope() {
        return first(MailFrom.class, events);
    }

    /** The recipients, in the order first named (RCPT, or their first delivery attempt). */
    public List<Mailbox> recipients() {
        Set<Mailbox> out = new LinkedHashSet<>();
        for (MailEvent e : events) {
            if (e instanceof Rcpt r) {
                out.add(r.recipient());
            } else if (e instanceof DeliveryAttempt d) {
                out.add(d.recipient());
            }
        }
        return List.copyOf(out);
    }

    public List<DeliveryAttempt> deliveries() {
        List<DeliveryAttempt> out = new ArrayList<>();
        for (MailEvent e : events) {
            if (e instanceof DeliveryAttempt d) {
                out.add(d);
            }
        }
        out.sort((a, b) -> a.time().compareTo(b.time()));
        return out;
    }

    public Whereabouts whereabouts() {
        Map<Mailbox, DeliveryStatus> latest = new LinkedHashMap<>();
        Instant last = null;
        for (DeliveryAttempt d : deliveries()) {
            latest.put(d.recipient(), d.status());
            last = d.time();
        }
        int delivered = 0;
        int deferred = 0;
        int bounced = 0;
        for (DeliveryStatus s : latest.values()) {
            switch (s) {
                case SENT -> delivered++;
                case DEFERRED -> deferred++;
                case BOUNCED, EXPIRED -> bounced++;
            }
        }
        boolean removed = first(MessageRemoved.class, events) != null;
        State state;
        if (latest.isEmpty()) {
            state = removed ? State.REMOVED : State.NO_ATTEMPT;
        } else if (deferred > 0) {
            state = State.QUEUED;
        } else if (bounced == 0) {
            state = State.DELIVERED;
        } else {
            state = delivered == 0 ? State.BOUNCED : State.PARTLY_BOUNCED;
        }
        return new Whereabouts(state, delivered, deferred, bounced, last);
    }

    private static <T> T first(Class<T> type, List<MailEvent> list) {
        for (MailEvent e : list) {
            if (type.isInstance(e)) {
                return type.cast(e);
            }
        }
        return null;
    }

    /** The last such event of the session up to this message's arrival: later ones are another message's. */
    private <T> T last(Class<T> type, List<MailEvent> list) {
        T found = null;
        for (MailEvent e : list) {
            if (type.isInstance(e)) {
                found = type.cast(e);
            }
            if (e instanceof MessageAccepted a && a.queueId().equals(queueId)) {
                break;
            }
        }
        return found;
    }
}
