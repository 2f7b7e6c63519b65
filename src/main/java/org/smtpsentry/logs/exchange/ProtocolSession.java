package org.smtpsentry.logs.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.smtpsentry.event.AuthFailure;
import org.smtpsentry.event.AuthSuccess;
import org.smtpsentry.event.Connect;
import org.smtpsentry.event.DeliveryAttempt;
import org.smtpsentry.event.DeliveryStatus;
import org.smtpsentry.event.Disconnect;
import org.smtpsentry.event.Helo;
import org.smtpsentry.event.MailFrom;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.MessageAccepted;
import org.smtpsentry.event.MessageIdentified;
import org.smtpsentry.event.Origin;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.event.Rcpt;
import org.smtpsentry.event.Reject;
import org.smtpsentry.event.Reporter;
import org.smtpsentry.event.SessionId;
import org.smtpsentry.event.TlsStarted;
import org.smtpsentry.logs.EventSink;
import org.smtpsentry.logs.LocalClock;

/**
 * One session of a protocol log. In a receive log, {@code <} is what the client sent and {@code >} Exchange's answer;
 * {@code *} rows are Exchange's notes (the authenticated user, TLS, "Inbound authentication failed"); the answer
 * {@code 250 2.6.0 <message-id> [InternalId=N, ...] Queued mail for delivery} names the message. In a send log the
 * directions are the other way round and {@code sending message with ... InternalMessageId N} names the message.
 */
final class ProtocolSession {
    private static final int MAX_RECIPIENTS = 10_000;

    private final SessionId session;
    private final boolean send;
    private String ip;
    /** Commands waiting for their answers, in order: clients and Exchange pipeline MAIL, RCPT and DATA. */
    private final java.util.ArrayDeque<Pending> pending = new java.util.ArrayDeque<>();
    private String mechanism;
    private String login;
    private String failedUser;
    private int authTried;
    private int authSucceeded;
    private String sender;
    private long size = -1;

    /** A command sent and not yet answered; {@code rcpt} is the recipient of a RCPT. */
    private record Pending(String verb, Mailbox rcpt) {
    }
    private final List<Mailbox> recipients = new ArrayList<>();
    private QueueId sending;
    private final Set<Mailbox> decided = new LinkedHashSet<>();
    private boolean ended;

    ProtocolSession(String id, boolean send) {
        this.session = new SessionId(id);
        this.send = send;
    }

    boolean ended() {
        return ended;
    }

    void row(Instant time, String[] f, ProtocolRow c, Origin origin, EventSink sink) {
        if (ip == null && c.remoteEndpoint() >= 0 && !f[c.remoteEndpoint()].isEmpty()) {
            ip = ProtocolRow.ip(f[c.remoteEndpoint()]);
        }
        String event = f[c.event()];
        String data = f[c.data()];
        String context = c.context() >= 0 ? f[c.context()] : "";
        switch (event) {
            case "+" -> {
                if (!send) {
                    sink.accept(new Connect(time, origin, session, ip, "unknown"));
                }
            }
            case "-" -> {
                ended = true;
                if (!send) {
                    sink.accept(new Disconnect(time, origin, session, ip, authTried, authSucceeded));
                }
            }
            case "*" -> note(time, data, context, origin, sink);
            case "<", ">" -> {
                if (send) {
                    if (event.equals(">")) {
                        command(data);
                    } else {
                        remoteAnswer(time, data, origin, sink);
                    }
                } else if (event.equals("<")) {
                    clientCommand(time, data, origin, sink);
                } else {
                    answer(time, data, origin, sink);
                }
            }
            default -> sink.notUnderstood("Exchange protocol row with event " + event, origin);
        }
    }

    private void note(Instant time, String data, String context, Origin origin, EventSink sink) {
        if (context.equals("authenticated")) {
            login = data;
            authSucceeded++;
            sink.accept(new AuthSuccess(time, origin, session, ip, data, mechanism, Reporter.MTA));
        } else if (context.startsWith("Inbound authentication failed") || data.startsWith("Inbound authentication failed")) {
            String text = context.isEmpty() ? data : context;
            int at = text.indexOf("user name that was attempted is ");
            String user = at < 0 ? null : text.substring(at + 32).trim();
            failedUser = user != null && user.endsWith(".") ? user.substring(0, user.length() - 1) : user;
        } else if (data.startsWith("TLS protocol ") && data.contains("succeeded")) {
            if (!send) {
                sink.accept(new TlsStarted(time, origin, session, ip, data));
            }
        } else if (context.startsWith("sending message with") || data.startsWith("sending message with")) {
            String text = context.startsWith("sending") ? context : data;
            int at = text.indexOf("InternalMessageId ");
            if (at > 0) {
                int end = text.indexOf(' ', at + 18);
                sending = new QueueId(text.substring(at + 18, end < 0 ? text.length() : end));
                decided.clear();
                recipients.clear();
            }
        } else if (context.startsWith("Failed to connect") || data.startsWith("Failed to connect")) {
            ended = send;
        }
    }

    private void clientCommand(Instant time, String data, Origin origin, EventSink sink) {
        int space = data.indexOf(' ');
        String verb = (space < 0 ? data : data.substring(0, space)).toUpperCase(Locale.ROOT);
        String arg = space < 0 ? "" : data.substring(space + 1);
        Mailbox rcpt = null;
        switch (verb) {
            case "EHLO", "HELO" -> sink.accept(new Helo(time, origin, session, ip, arg.trim()));
            case "AUTH" -> {
                authTried++;
                int end = arg.indexOf(' ');
                mechanism = (end < 0 ? arg : arg.substring(0, end)).toUpperCase(Locale.ROOT);
                failedUser = null;
            }
            case "MAIL" -> {
                sender = angled(arg);
                size = sizeOf(arg);
                recipients.clear();
            }
            case "RCPT" -> {
                String r = angled(arg);
                rcpt = r == null ? null : Mailbox.of(r);
            }
            case "RSET" -> {
                sender = null;
                recipients.clear();
            }
            default -> { }
        }
        expect(verb, rcpt);
    }

    /** Only the commands whose answers matter are followed; EHLO's and others' answers find none waiting. */
    private void expect(String verb, Mailbox rcpt) {
        boolean followed = switch (verb) {
            case "MAIL", "RCPT", "DATA", "BDAT", "AUTH", "STARTTLS" -> true;
            default -> false;
        };
        if (followed && pending.size() < 1000) {
            pending.add(new Pending(verb, rcpt));
        }
    }

    /** The command an answer belongs to; a 354 moves DATA on to the end of the data, answered later. */
    private Pending answered(int code) {
        Pending p = pending.poll();
        if (p == null) {
            return new Pending("", null);
        }
        if (code == 354 && p.verb().equals("DATA")) {
            pending.addFirst(new Pending(".", null));
        } else if (code == 334 && p.verb().equals("AUTH")) {
            pending.addFirst(p);
        }
        return p;
    }

    private void answer(Instant time, String data, Origin origin, EventSink sink) {
        int code = LocalClock.digits(data, 0, 3);
        String text = data.length() > 4 ? data.substring(4) : "";
        if (code == 250 && data.contains("Queued mail for delivery")) {
            queued(time, data, origin, sink);
            return;
        }
        Pending p = answered(code);
        Mailbox rcpt = p.rcpt();
        switch (p.verb()) {
            case "AUTH" -> {
                if (code >= 400) {
                    sink.accept(new AuthFailure(time, origin, session, ip, failedUser, mechanism, Reporter.MTA,
                            data));
                }
            }
            case "RCPT" -> {
                if (code >= 200 && code < 300 && rcpt != null && recipients.size() < MAX_RECIPIENTS) {
                    recipients.add(rcpt);
                } else if (code >= 400) {
                    sink.accept(new Reject(time, origin, session, null, ip, "RCPT", mailbox(sender), rcpt,
                            String.valueOf(code), text));
                }
            }
            case "MAIL" -> {
                if (code >= 400) {
                    sink.accept(new Reject(time, origin, session, null, ip, "MAIL", mailbox(sender), null,
                            String.valueOf(code), text));
                }
            }
            default -> { }
        }
    }

    /** {@code 250 2.6.0 <message-id> [InternalId=12345678901, Hostname=EX01] Queued mail for delivery}. */
    private void queued(Instant time, String data, Origin origin, EventSink sink) {
        int at = data.indexOf("InternalId=");
        if (at < 0) {
            sink.notUnderstood("Exchange queued answer without InternalId", origin);
            return;
        }
        int end = at + 11;
        while (end < data.length() && Character.isDigit(data.charAt(end))) {
            end++;
        }
        QueueId id = new QueueId(data.substring(at + 11, end));
        String messageId = angled(data);
        sink.accept(new MessageAccepted(time, origin, id, session, ip, login, login == null ? null : mechanism));
        sink.accept(new MailFrom(time, origin, id, Mailbox.of(sender == null ? "" : sender), size,
                recipients.size()));
        for (Mailbox r : recipients) {
            sink.accept(new Rcpt(time, origin, id, session, r));
        }
        if (messageId != null) {
            sink.accept(new MessageIdentified(time, origin, id, messageId));
        }
        recipients.clear();
        sender = null;
        pending.poll(); // the end of the data
    }

    /** A send log's command (what Exchange sent the remote server). */
    private void command(String data) {
        int space = data.indexOf(' ');
        String verb = (space < 0 ? data : data.substring(0, space)).toUpperCase(Locale.ROOT);
        String r = verb.equals("RCPT") ? angled(data) : null;
        expect(verb, r == null ? null : Mailbox.of(r));
    }

    /** A send log's remote answer: decides recipients at RCPT, and all accepted ones after the data. */
    private void remoteAnswer(Instant time, String data, Origin origin, EventSink sink) {
        int code = LocalClock.digits(data, 0, 3);
        if (code < 0) {
            return;
        }
        Pending p = answered(code);
        if (sending == null) {
            return;
        }
        String relay = "[" + ip + "]";
        if (p.verb().equals("RCPT") && p.rcpt() != null) {
            if (code < 300) {
                recipients.add(p.rcpt());
            } else {
                attempt(time, p.rcpt(), relay, code, data, origin, sink);
            }
        } else if (p.verb().equals("DATA") && code != 354 || p.verb().equals("BDAT") || p.verb().equals(".")) {
            for (Mailbox r : recipients) {
                attempt(time, r, relay, code, data, origin, sink);
            }
        }
    }

    private void attempt(Instant time, Mailbox r, String relay, int code, String data, Origin origin,
                         EventSink sink) {
        if (!decided.add(r)) {
            return;
        }
        DeliveryStatus status = code < 400 ? DeliveryStatus.SENT : code < 500 ? DeliveryStatus.DEFERRED
                : DeliveryStatus.BOUNCED;
        String[] parts = data.split(" ", 3);
        String dsn = parts.length > 1 && parts[1].indexOf('.') > 0 ? parts[1]
                : status == DeliveryStatus.SENT ? "2.0.0" : status == DeliveryStatus.DEFERRED ? "4.0.0" : "5.0.0";
        sink.accept(new DeliveryAttempt(time, origin, sending, r, relay, status, dsn, data));
    }

    private static Mailbox mailbox(String address) {
        return address == null ? null : Mailbox.of(address);
    }

    private static String angled(String s) {
        int open = s.indexOf('<');
        int close = s.indexOf('>', open + 1);
        return open < 0 || close < 0 ? null : s.substring(open + 1, close);
    }

    private static long sizeOf(String arg) {
        int at = arg.toUpperCase(Locale.ROOT).indexOf("SIZE=");
        if (at < 0) {
            return -1;
        }
        int end = at + 5;
        while (end < arg.length() && Character.isDigit(arg.charAt(end))) {
            end++;
        }
        return end > at + 5 && end - at < 20 ? Long.parseLong(arg.substring(at + 5, end)) : -1;
    }
}
