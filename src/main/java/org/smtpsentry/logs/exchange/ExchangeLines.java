package org.smtpsentry.logs.exchange;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.smtpsentry.event.Origin;
import org.smtpsentry.logs.EventSink;
import org.smtpsentry.logs.InSession;
import org.smtpsentry.logs.LineDecoder;
import org.smtpsentry.logs.LocalClock;

/**
 * Decodes one Exchange log: {@code #} lines are headers ({@code #Fields:} sets the columns, {@code #Log-type:} tells
 * a send log from a receive log), every other line is a CSV row of a protocol log session or a tracking event.
 * Timestamps are UTC ("2026-11-22T10:58:43.123Z"), as Exchange writes them.
 */
final class ExchangeLines implements LineDecoder {
    private static final int SESSIONS_KEPT = 10_000;

    private final LocalClock utc = new LocalClock(ZoneOffset.UTC);
    private Columns columns;
    private boolean[] used;
    /** The session of the row before: a session's rows mostly follow one another. */
    private String lastId;
    private ProtocolSession lastSession;
    private boolean sendLog;
    private ProtocolRow protocol;
    private TrackingRow tracking;
    private final Map<String, ProtocolSession> sessions = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ProtocolSession> eldest) {
            return size() > SESSIONS_KEPT;
        }
    };

    @Override
    public void decode(String line, Origin origin, EventSink sink) {
        if (line.startsWith("#")) {
            header(line);
            return;
        }
        if (columns == null) {
            sink.notUnderstood("Exchange row before its #Fields: header", origin);
            return;
        }
        String[] f = Csv.split(line, used);
        Instant time = time(f[0]);
        if (time == null) {
            sink.notUnderstood("Exchange row without a date-time", origin);
            return;
        }
        if (tracking != null) {
            tracking.decode(time, f, origin, sink);
        } else if (protocol != null) {
            String id = f[protocol.sessionId()];
            if (id.isEmpty()) {
                sink.notUnderstood("Exchange protocol row without a session-id", origin);
                return;
            }
            ProtocolSession s = id.equals(lastId) ? lastSession : sessions.get(id);
            if (s == null) {
                s = new ProtocolSession(id, sendLog);
                sessions.put(id, s);
            }
            s.row(time, f, protocol, origin, sink);
            lastId = id;
            lastSession = s;
            if (s.ended()) {
                sessions.remove(id);
                lastId = null;
                lastSession = null;
            }
        } else {
            sink.notUnderstood("Exchange log of a kind this version does not read", origin);
        }
    }

    /** A protocol log row belongs to the session of its session-id; its {@code <} and {@code >} rows are dialogue. */
    @Override
    public Optional<InSession> sessionOf(String line) {
        if (line.startsWith("#")) {
            header(line);
            return Optional.empty();
        }
        if (protocol == null) {
            return Optional.empty();
        }
        String[] f = Csv.split(line, used);
        String id = f[protocol.sessionId()];
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        String event = f[protocol.event()];
        if (event != null && (event.equals("<") || event.equals(">"))) {
            int[] span = Csv.span(line, protocol.data(), used.length);
            if (span != null) {
                return Optional.of(InSession.dialogue(id, span[0], span[1]));
            }
        }
        return Optional.of(InSession.note(id));
    }

    private void header(String line) {
        if (line.startsWith("#Fields: ")) {
            columns = Columns.of(line);
            used = columns.used("session-id", "remote-endpoint", "event", "data", "context", "client-ip",
                    "original-client-ip", "server-hostname", "server-ip", "source", "event-id", "internal-message-id",
                    "message-id", "recipient-address", "recipient-status", "total-bytes", "recipient-count",
                    "sender-address");
            tracking = columns.isTracking() ? new TrackingRow(columns) : null;
            protocol = columns.isProtocol() ? new ProtocolRow(columns) : null;
        } else if (line.startsWith("#Log-type: ")) {
            sendLog = line.contains("Send");
        }
    }

    /** "2026-11-22T10:58:43.123Z" (UTC; Exchange writes no other zone), or null. */
    private Instant time(String s) {
        if (!LocalClock.isDateTime(s, 0)) {
            return null;
        }
        int nanos = 0;
        if (s.length() > 20 && s.charAt(19) == '.') {
            int scale = 100_000_000;
            for (int i = 20; i < s.length() && Character.isDigit(s.charAt(i)); i++) {
                nanos += (s.charAt(i) - '0') * scale;
                scale /= 10;
            }
        }
        return utc.dateTime(s, 0, nanos);
    }
}
