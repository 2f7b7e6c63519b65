package org.smtpsentry.event.trail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smtpsentry.event.Connect;
import org.smtpsentry.event.Disconnect;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.MessageAccepted;
import org.smtpsentry.event.MessageIdentified;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.event.SessionId;

/**
 * Finds one message in a single streaming pass over the events: by queue id (Postfix, Exim, Sendmail), IceWarp MsgID,
 * Exchange InternalMessageId, or by Message-ID (which may name several queue ids: a content filter re-queues a
 * message under a new id). A Message-ID is logged after a message's first lines, so the recent sessions and messages
 * are held until it is known whether they matter; memory stays bounded because only the last
 * {@value #SESSIONS_KEPT} open sessions and {@value #MESSAGES_KEPT} messages are held, each with at most
 * {@value #EVENTS_KEPT} events, and everything that does not belong to the traced message is dropped.
 */
public final class MessageSearch {
    static final int SESSIONS_KEPT = 10_000;
    static final int MESSAGES_KEPT = 5_000;
    static final int EVENTS_KEPT = 2_000;
    private static final int FOUND_EVENTS_KEPT = 200_000;

    private final String wanted;
    private final Map<SessionId, List<MailEvent>> sessions = bounded(SESSIONS_KEPT);
    private final Map<QueueId, Held> recent = bounded(MESSAGES_KEPT);
    private final Map<QueueId, Held> found = new LinkedHashMap<>();

    /** A message's events so far, and the events of the session it came in on (shared with that session). */
    private static final class Held {
        final List<MailEvent> events = new ArrayList<>();
        List<MailEvent> session;
    }

    /** {@code wanted} is a queue id or a Message-ID, with or without its angle brackets. */
    public MessageSearch(String wanted) {
        String w = wanted.trim();
        this.wanted = w.startsWith("<") && w.endsWith(">") ? w.substring(1, w.length() - 1) : w;
    }

    public void accept(MailEvent event) {
        SessionId sessionId = EventKeys.session(event);
        List<MailEvent> session = null;
        if (sessionId != null) {
            session = event instanceof Connect ? null : sessions.get(sessionId);
            if (session == null) {
                session = new ArrayList<>();
                sessions.put(sessionId, session);
            }
            if (session.size() < EVENTS_KEPT) {
                event.origin().keep(); // held a while: its own text, not the reader's buffer
                session.add(event);
            }
            if (event instanceof Disconnect) {
                sessions.remove(sessionId);
            }
        }
        QueueId queueId = EventKeys.queue(event);
        if (queueId == null) {
            return;
        }
        Held held = found.get(queueId);
        boolean isFound = held != null;
        if (held == null) {
            held = recent.get(queueId);
            if (held == null) {
                held = new Held();
                recent.put(queueId, held);
            }
        }
        if (held.events.size() < (isFound ? FOUND_EVENTS_KEPT : EVENTS_KEPT)) {
            event.origin().keep();
            held.events.add(event);
        }
        if (event instanceof MessageAccepted && session != null) {
            held.session = session;
        }
        if (!isFound && (queueId.value().equals(wanted)
                || event instanceof MessageIdentified i && i.messageId().equals(wanted))) {
            recent.remove(queueId);
            found.put(queueId, held);
        }
    }

    /** Sessions and messages held now, besides those found (for tests of the memory bound). */
    int held() {
        return sessions.size() + recent.size();
    }

    /** The stories of the messages found, in the order they were found; empty when none was. */
    public List<MessageStory> stories() {
        List<MessageStory> out = new ArrayList<>();
        found.forEach((id, held) -> out.add(new MessageStory(id, List.copyOf(held.events),
                held.session == null ? List.of() : List.copyOf(held.session))));
        return out;
    }

    private static <K, V> Map<K, V> bounded(int kept) {
        return new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > kept;
            }
        };
    }
}
