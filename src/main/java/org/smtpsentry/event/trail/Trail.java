package org.smtpsentry.event.trail;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.smtpsentry.event.AuthSuccess;
import org.smtpsentry.event.Connect;
import org.smtpsentry.event.DeliveryAttempt;
import org.smtpsentry.event.Disconnect;
import org.smtpsentry.event.LocalSubmission;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.MailFrom;
import org.smtpsentry.event.MessageAccepted;
import org.smtpsentry.event.MessageRemoved;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.event.Rcpt;
import org.smtpsentry.event.SessionId;

/**
 * Correlation of events: sessions by server process (connect to disconnect), messages by queue id (login and client
 * from the server session, envelope from the queue manager, each recipient's status from the delivery agents).
 * Memory is bounded: a session is dropped at its disconnect, a message when it leaves the queue, and anything idle
 * for longer than Postfix's longest queue lifetime is swept.
 */
public final class Trail {
    /** Postfix's maximal_queue_lifetime is 5 days by default; a message idle longer is gone or its lines are. */
    private static final Duration IDLE_LIMIT = Duration.ofDays(6);
    private static final int SWEEP_EVERY = 1 << 16;

    private final Map<QueueId, MessageTrail> messages = new HashMap<>();
    private final Map<SessionId, SessionTrail> sessions = new HashMap<>();
    private long serials;
    /** Events until the next sweep (a countdown: no long division an event, see MailEvent). */
    private int untilSweep = SWEEP_EVERY;
    /**
     * The queue id asked for last, by reference, and its message: the rules and observers ask in turn for the message
     * of the same event, and a map lookup of a queue id compares its text. Forgotten whenever a message is dropped.
     */
    private QueueId asked;
    private MessageTrail answer;

    /** The kinds of event the trail follows. */
    public static final Set<Class<? extends MailEvent>> READS = Set.of(Connect.class, Disconnect.class,
            MessageAccepted.class, LocalSubmission.class, MailFrom.class, DeliveryAttempt.class, MessageRemoved.class,
            Rcpt.class, AuthSuccess.class);

    /** The message with this queue id, or null. */
    public MessageTrail message(QueueId id) {
        if (id == null) {
            return null;
        }
        if (id != asked) {
            answer = messages.get(id);
            asked = id;
        }
        return answer;
    }

    /** The open session in this server process, or null. */
    public SessionTrail session(SessionId id) {
        return id == null ? null : sessions.get(id);
    }

    /** Messages followed now (for tests of the memory bound). */
    public int messagesFollowed() {
        return messages.size();
    }

    public void accept(MailEvent event) {
        if (event instanceof Connect c) {
            sessions.put(c.session(), new SessionTrail(c.session(), ++serials, c.clientIp(), c.time()));
        } else if (event instanceof Disconnect d) {
            sessions.remove(d.session());
        } else if (event instanceof MessageAccepted a) {
            MessageTrail m = message(a.queueId(), a.time());
            m.cameIn(a.session(), a.clientIp(), a.login());
            SessionTrail s = session(a.session());
            if (s != null && a.login() != null) {
                s.loggedIn(a.login());
            }
        } else if (event instanceof LocalSubmission l) {
            message(l.queueId(), l.time()).submittedBy(l.uid(), l.user());
        } else if (event instanceof MailFrom f) {
            MessageTrail m = message(f.queueId(), f.time());
            if (m.sender() == null) {
                m.envelope(f.sender());
            }
        } else if (event instanceof DeliveryAttempt d) {
            message(d.queueId(), d.time()).delivery(d.recipient(), d.status());
        } else if (event instanceof MessageRemoved r) {
            messages.remove(r.queueId());
            asked = null;
        } else if (event instanceof Rcpt r) {
            message(r.queueId(), r.time());
        } else if (event instanceof AuthSuccess s) {
            SessionTrail session = session(s.session());
            if (session != null && s.user() != null) {
                session.loggedIn(s.user());
            }
        }
        if (--untilSweep == 0) {
            untilSweep = SWEEP_EVERY;
            sweep(event.time());
        }
    }

    private MessageTrail message(QueueId id, Instant t) {
        MessageTrail m = message(id);
        if (m == null) {
            m = new MessageTrail(id, t);
            messages.put(id, m);
            answer = m;
        } else {
            m.touch(t);
        }
        return m;
    }

    /**
     * Forgets what was idle too long. Loops, not {@code removeIf} with a lambda: the first sweep comes in the middle of
     * a run, where linking a lambda the start-up archive lacks (its training log is too short to sweep) cost the
     * detection thread 6 ms.
     */
    private void sweep(Instant now) {
        Instant horizon = now.minus(IDLE_LIMIT);
        for (Iterator<MessageTrail> i = messages.values().iterator(); i.hasNext(); ) {
            if (i.next().lastSeen().isBefore(horizon)) {
                i.remove();
            }
        }
        asked = null;
        for (Iterator<SessionTrail> i = sessions.values().iterator(); i.hasNext(); ) {
            if (i.next().connected().isBefore(horizon)) {
                i.remove();
            }
        }
    }
}
