package org.smtpsentry.report;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.smtpsentry.event.AuthFailure;
import org.smtpsentry.event.AuthSuccess;
import org.smtpsentry.event.DeliveryAttempt;
import org.smtpsentry.event.DeliveryStatus;
import org.smtpsentry.event.LocalSubmission;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.MailFrom;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.MessageAccepted;
import org.smtpsentry.event.TlsStarted;
import org.smtpsentry.event.WeakPassword;
import org.smtpsentry.event.trail.AccountStory;
import org.smtpsentry.event.trail.MessageStory;
import org.smtpsentry.logs.SessionTranscript;
import org.smtpsentry.text.Numbers;
import org.smtpsentry.text.Palette;
import org.smtpsentry.text.Table;

/**
 * The trace for a person at a terminal: how the message came in (session, client, HELO, TLS, AUTH and login, MAIL
 * FROM and whether it is the login's, RCPTs), every delivery attempt, and where it is now; with {@code --session},
 * the session's log lines. For an account, its AUTH attempts and messages in time order.
 */
public final class TraceReport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final int RECIPIENTS_SHOWN = 20;

    private final Palette p;
    private final boolean session;
    private final boolean showSecrets;

    public TraceReport(Palette palette, boolean session, boolean showSecrets) {
        this.p = palette;
        this.session = session;
        this.showSecrets = showSecrets;
    }

    public void print(MessageTrace trace, PrintWriter out) {
        switch (trace) {
            case MessageTrace.Messages m -> messages(m, out);
            case MessageTrace.Account a -> account(a, out);
        }
        if (trace.notUnderstood().total() > 0) {
            out.println(p.dim(Numbers.count(trace.notUnderstood().total()) + " lines not understood (first at "
                    + trace.notUnderstood().first() + ")"));
        }
        out.flush();
    }

    private void messages(MessageTrace.Messages m, PrintWriter out) {
        if (m.found().isEmpty()) {
            out.println("No message " + m.query() + " in " + Numbers.count(m.lines()) + " lines.");
            return;
        }
        for (MessageTrace.Traced t : m.found()) {
            story(t, m.zone(), out);
        }
    }

    private void story(MessageTrace.Traced traced, ZoneId zone, PrintWriter out) {
        MessageStory s = traced.story();
        out.println(p.bold("Message " + s.queueId()) + (s.messageId() == null ? "" : "  Message-ID <" + s.messageId()
                + ">"));
        MessageAccepted arrival = s.arrival();
        LocalSubmission local = s.localSubmission();
        Table t = new Table("", "");
        if (arrival != null) {
            t.row("came in", time(arrival.time(), zone) + (s.sessionId() == null ? "" : "  session " + s.sessionId()));
            t.row("client", value(s.clientIp()) + (s.helo() == null ? "" : "  HELO " + s.helo()));
            TlsStarted tls = s.tls();
            t.row("TLS", tls == null ? "none logged" : "yes" + (tls.details().isEmpty() ? "" : ": " + tls.details()));
            String login = s.login();
            WeakPassword weak = s.weakPassword();
            t.row("AUTH", login == null ? "none (unauthenticated)" : value(s.mechanism()) + " as " + login
                    + (weak == null ? "" : "  " + p.red("weak password: " + weak.weakness())));
        } else if (local != null) {
            t.row("came in", time(local.time(), zone) + "  submitted on the server"
                    + (local.user() != null ? " by " + local.user() : "")
                    + (local.uid() >= 0 ? " (uid " + local.uid() + ")" : ""));
        } else {
            t.row("came in", "not in these logs");
        }
        MailFrom envelope = s.envelope();
        String from = envelope == null ? "not logged" : envelope.sender().toString();
        t.row("MAIL FROM", from + "  " + senderMatch(traced.senderMatch(), s.login()));
        if (envelope != null && envelope.size() >= 0) {
            t.row("size", Numbers.count(envelope.size()) + " bytes");
        }
        List<Mailbox> recipients = s.recipients();
        t.row("RCPT TO", recipients.isEmpty() ? "none logged" : String.join(", ", recipients.stream()
                .limit(RECIPIENTS_SHOWN).map(Mailbox::toString).toList()) + (recipients.size() > RECIPIENTS_SHOWN
                ? " and " + Numbers.count(recipients.size() - RECIPIENTS_SHOWN) + " more" : "")
                + " (" + recipients.size() + ")");
        out.print(t.render("  "));
        out.println();

        List<DeliveryAttempt> deliveries = s.deliveries();
        out.println(p.bold("Delivery attempts") + " (" + deliveries.size() + ")");
        if (!deliveries.isEmpty()) {
            Table d = new Table("time", "recipient", "status", "relay", "answer");
            for (DeliveryAttempt a : deliveries) {
                d.row(time(a.time(), zone), a.recipient().address(), status(a.status()), a.relay(),
                        a.dsn() == null || a.response().startsWith(a.dsn()) || a.response().contains(" " + a.dsn())
                                ? a.response() : a.dsn() + " " + a.response());
            }
            out.print(d.render("  "));
        }
        out.println();
        MessageStory.Whereabouts w = s.whereabouts();
        out.println(p.bold("Now: ") + now(w));
        if (session) {
            out.println();
            sessionLines(traced, out);
        }
        out.println();
    }

    private void sessionLines(MessageTrace.Traced traced, PrintWriter out) {
        SessionTranscript t = traced.transcript();
        if (t == null || t.isEmpty()) {
            out.println(p.bold("Session") + ": not in these logs (the log names no session for this message)");
            return;
        }
        long total = t.head().size() + t.omitted() + t.tail().size();
        out.println(p.bold("Session " + traced.story().sessionId()) + " (" + Numbers.count(total) + (total == 1 ? " line)" : " lines)"));
        t.head().forEach(line -> sessionLine(line, out));
        if (t.omitted() > 0) {
            out.println("  " + p.dim("... " + Numbers.count(t.omitted()) + " more lines ..."));
        }
        t.tail().forEach(line -> sessionLine(line, out));
        for (String caveat : t.caveats()) {
            out.println("  " + p.dim("(" + caveat + ")"));
        }
    }

    private void sessionLine(SessionTranscript.Line line, PrintWriter out) {
        out.println("  " + p.dim(line.place()) + "  " + (showSecrets ? line.text() : Secrets.mask(line.text()))
                + (line.note() == null ? "" : "  " + p.dim("[" + line.note() + "]")));
    }

    private void account(MessageTrace.Account a, PrintWriter out) {
        AccountStory story = a.story();
        out.println(p.bold("Account " + a.query()) + ": " + story.logins().size() + " AUTH events, "
                + a.messages().size() + " messages");
        if (a.isEmpty()) {
            out.println("Nothing of " + a.query() + " in " + Numbers.count(a.lines()) + " lines.");
            return;
        }
        Table t = new Table("time", "what", "session", "client", "details");
        record Row(Instant time, Object[] cells) {
        }
        List<Row> rows = new java.util.ArrayList<>();
        for (MailEvent e : story.logins()) {
            switch (e) {
                case AuthSuccess s -> rows.add(new Row(s.time(), new Object[] {time(s.time(), a.zone()), "AUTH ok",
                        value(s.session() == null ? null : s.session().value()), value(s.clientIp()),
                        value(s.mechanism())}));
                case AuthFailure f -> rows.add(new Row(f.time(), new Object[] {time(f.time(), a.zone()),
                        p.red("AUTH failed"), value(f.session() == null ? null : f.session().value()),
                        value(f.clientIp()), value(f.reason())}));
                case WeakPassword w -> rows.add(new Row(w.time(), new Object[] {time(w.time(), a.zone()),
                        p.red("weak password"), value(w.session() == null ? null : w.session().value()),
                        value(w.clientIp()), w.weakness()}));
                default -> { }
            }
        }
        for (MessageTrace.Sent sent : a.messages()) {
            AccountStory.SentMessage m = sent.message();
            MessageAccepted arrival = m.arrival();
            String from = m.envelope() == null ? "?" : m.envelope().sender().toString();
            rows.add(new Row(arrival.time(), new Object[] {time(arrival.time(), a.zone()), "message "
                    + arrival.queueId(), value(arrival.session() == null ? null : arrival.session().value()),
                    value(arrival.clientIp()), "from " + from + " " + senderMatch(sent.senderMatch(),
                    arrival.login()) + "; " + m.count(DeliveryStatus.SENT) + " delivered, "
                    + m.count(DeliveryStatus.DEFERRED) + " deferred, " + (m.count(DeliveryStatus.BOUNCED)
                    + m.count(DeliveryStatus.EXPIRED)) + " bounced"}));
        }
        rows.sort((x, y) -> x.time().compareTo(y.time()));
        rows.forEach(r -> t.row(r.cells()));
        out.print(t.render("  "));
    }

    private String senderMatch(SenderMatch m, String login) {
        return switch (m) {
            case THE_LOGIN -> p.green("(the login)");
            case NOT_THE_LOGIN -> p.red("(NOT the login " + login + ")");
            case NULL_SENDER -> "(null sender: a bounce)";
            case NO_LOGIN -> "(no login to compare)";
            case UNKNOWN -> "";
        };
    }

    private String now(MessageStory.Whereabouts w) {
        String counts = w.delivered() + " delivered, " + w.deferred() + " deferred, " + w.bounced() + " bounced";
        return switch (w.state()) {
            case DELIVERED -> p.green("delivered") + " (" + counts + ")";
            case BOUNCED -> p.red("bounced") + " (" + counts + ")";
            case PARTLY_BOUNCED -> p.yellow("delivered in part, bounced for the rest") + " (" + counts + ")";
            case QUEUED -> p.yellow("still queued") + " (" + counts + "; retried until it expires)";
            case NO_ATTEMPT -> "queued, no delivery attempt in these logs";
            case REMOVED -> "left the queue with no delivery attempt logged (deleted or filtered)";
        };
    }

    private String status(DeliveryStatus s) {
        return switch (s) {
            case SENT -> p.green("sent");
            case DEFERRED -> p.yellow("deferred");
            case BOUNCED -> p.red("bounced");
            case EXPIRED -> p.red("expired");
        };
    }

    private static String time(Instant t, ZoneId zone) {
        return TIME.format(t.atZone(zone));
    }

    private static String value(String s) {
        return s == null ? "-" : s;
    }
}
