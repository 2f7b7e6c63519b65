package org.smtpsentry.logs.icewarp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.Origin;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.logs.EventSink;
import org.smtpsentry.logs.InSession;
import org.smtpsentry.logs.LineDecoder;
import org.smtpsentry.logs.LocalClock;

/**
 * Decodes one IceWarp SMTP log: each session id in brackets is followed from its first line to "Disconnected", as a
 * server session (a client talking to IceWarp) or a client session (IceWarp delivering a message, opened by
 * "Client session ... Message id X"). The recipients of accepted messages are remembered for a while, so that a
 * delivery that fails before any RCPT ("Could not connect") still names them. Both memories are bounded.
 */
final class IceWarpSessions implements LineDecoder {
    private static final int SESSIONS_KEPT = 10_000;
    private static final int MESSAGES_KEPT = 20_000;

    private final LocalClock clock;
    private final LocalDate date;
    private final Map<String, Session> sessions = bounded(SESSIONS_KEPT);
    private final Map<QueueId, List<Mailbox>> recipients = bounded(MESSAGES_KEPT);
    /** The session of the line before: a session's lines mostly follow one another. */
    private String lastId;
    private Session lastSession;

    IceWarpSessions(LocalClock clock, LocalDate date) {
        this.clock = clock;
        this.date = date;
    }

    /** What a session needs to turn its lines into events. */
    sealed interface Session permits ServerSession, ClientSession {
        void line(Instant time, SessionLine line, Origin origin, EventSink sink);

        /** Whether the session ended with this line. */
        boolean ended();
    }

    @Override
    public void decode(String line, Origin origin, EventSink sink) {
        SessionLine l = SessionLine.cut(line);
        if (l == null) {
            sink.notUnderstood("line without an IceWarp session header", origin);
            return;
        }
        Instant time = l.at() != null ? l.at() : clock.at(date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                l.secondOfDay() / 3600, l.secondOfDay() / 60 % 60, l.secondOfDay() % 60, 0);
        if (time == null) {
            sink.notUnderstood("IceWarp line with an impossible time", origin);
            return;
        }
        Session session = l.id().equals(lastId) ? lastSession : sessions.get(l.id());
        if (l.text().startsWith("Client session")) {
            session = new ClientSession(recipients);
            sessions.put(l.id(), session);
        } else if (session == null || l.text().equals("Connected") && session.ended()) {
            if (l.peer().equals("SYSTEM")) {
                if (!isKnownSystemNotice(l.text())) {
                    sink.notUnderstood("IceWarp SYSTEM line", origin);
                }
                return;
            }
            session = new ServerSession(l.id(), l.peer(), recipients);
            sessions.put(l.id(), session);
        }
        session.line(time, l, origin, sink);
        lastId = l.id();
        lastSession = session;
        if (session.ended()) {
            sessions.remove(l.id());
            lastId = null;
            lastSession = null;
        }
    }

    /** A line belongs to the session of its bracketed id; its {@code <<<} and {@code >>>} lines are dialogue. */
    @Override
    public Optional<InSession> sessionOf(String line) {
        SessionLine l = SessionLine.cut(line);
        if (l == null) {
            return Optional.empty();
        }
        String t = l.text();
        if (t.startsWith("<<< ") || t.startsWith(">>> ")) {
            return Optional.of(InSession.dialogue(l.id(), line.length() - t.length() + 4, line.length()));
        }
        return Optional.of(InSession.note(l.id()));
    }

    private static boolean isKnownSystemNotice(String text) {
        return text.startsWith("Forwarded mails") || text.startsWith("Service ") || text.startsWith("Server ")
                || text.startsWith("Queue ") || text.startsWith("Retry ") || text.startsWith("Deleting ");
    }

    private static <K, V> Map<K, V> bounded(int kept) {
        return new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > kept;
            }
        };
    }

    /** The addresses in angle brackets in {@code text} from {@code from} on, in order. */
    static List<String> angled(String text, int from) {
        List<String> out = new ArrayList<>(2);
        int open = text.indexOf('<', from);
        while (open >= 0 && out.size() < 10_000) {
            int close = text.indexOf('>', open + 1);
            if (close < 0) {
                break;
            }
            out.add(text.substring(open + 1, close));
            open = text.indexOf('<', close + 1);
        }
        return out;
    }

    /** The SMTP code at the start of a "&gt;&gt;&gt; 250 ..." answer, or -1. */
    static int code(String text, int at) {
        return LocalClock.digits(text, at, 3);
    }
}
