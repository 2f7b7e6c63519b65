package org.smtpsentry.detect;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.event.AuthAbort;
import org.smtpsentry.event.AuthFailure;
import org.smtpsentry.event.Connect;
import org.smtpsentry.event.DeliveryAttempt;
import org.smtpsentry.event.DeliveryStatus;
import org.smtpsentry.event.Disconnect;
import org.smtpsentry.event.LocalSubmission;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.MailFrom;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.MessageAccepted;
import org.smtpsentry.event.Origin;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.event.Reporter;
import org.smtpsentry.event.SessionId;
import org.smtpsentry.verdict.Verdict;

/** Timed events for rule tests, written as a story: "at 10:00, 203.0.113.9 fails AUTH as info@example.com". */
public final class Timeline {
    private Instant now = Instant.parse("2026-11-22T08:00:00Z");
    private final List<MailEvent> events = new ArrayList<>();
    private int lines;
    private int queueIds;

    public Timeline at(String isoTime) {
        now = Instant.parse("2026-11-22T" + isoTime + "Z");
        return this;
    }

    public Timeline after(Duration d) {
        now = now.plus(d);
        return this;
    }

    public Timeline failedAuth(String ip, String user, Reporter reporter) {
        events.add(new AuthFailure(now, origin(), reporter == Reporter.MTA ? session(ip) : null, ip, user, "LOGIN",
                reporter, "Password mismatch"));
        return this;
    }

    public Timeline connect(String ip) {
        events.add(new Connect(now, origin(), session(ip), ip, "unknown"));
        return this;
    }

    public Timeline abortedAuth(String ip) {
        events.add(new AuthAbort(now, origin(), session(ip), ip, "LOGIN"));
        return this;
    }

    public Timeline disconnect(String ip, int authTried, int authSucceeded) {
        events.add(new Disconnect(now, origin(), session(ip), ip, authTried, authSucceeded));
        return this;
    }

    /** A message sent by {@code login} from {@code ip} with MAIL FROM {@code sender}; each recipient gets one attempt. */
    public Timeline message(String login, String ip, String sender, DeliveryStatus status, String... recipients) {
        QueueId id = new QueueId(String.format("4F%010d", ++queueIds));
        events.add(new MessageAccepted(now, origin(), id, session(ip), ip, login, login == null ? null : "LOGIN"));
        events.add(new MailFrom(now, origin(), id, Mailbox.of(sender), 1200, recipients.length));
        for (String r : recipients) {
            events.add(new DeliveryAttempt(now.plusSeconds(2), origin(), id, Mailbox.of(r), "none", status, null, ""));
        }
        return this;
    }

    /** A message submitted locally by {@code uid}, each recipient getting one attempt. */
    public Timeline localMessage(int uid, String sender, DeliveryStatus status, String... recipients) {
        return localMessage(uid, null, sender, status, recipients);
    }

    /** A message submitted locally by {@code uid} or, where the log names only the user (Exim), by {@code user}. */
    public Timeline localMessage(int uid, String user, String sender, DeliveryStatus status, String... recipients) {
        QueueId id = new QueueId(String.format("5A%010d", ++queueIds));
        events.add(new LocalSubmission(now, origin(), id, uid, user, Mailbox.of(sender)));
        events.add(new MailFrom(now, origin(), id, Mailbox.of(sender), 900, recipients.length));
        for (String r : recipients) {
            events.add(new DeliveryAttempt(now.plusSeconds(1), origin(), id, Mailbox.of(r), "none", status, null, ""));
        }
        return this;
    }

    public List<MailEvent> events() {
        return events;
    }

    /** Runs {@code rule} over the events; returns its findings. */
    public List<Verdict> run(Rule rule, LocalDomains local) {
        List<Verdict> flagged = new ArrayList<>();
        Engine engine = new Engine(List.of(rule), List.of(), local, IgnoreList.NONE, flagged::add);
        events.forEach(engine::accept);
        return engine.findings();
    }

    private Origin origin() {
        lines++;
        return new Origin("test.log", lines, "line " + lines);
    }

    private static SessionId session(String ip) {
        return new SessionId("mail postfix/smtpd[" + Math.abs(ip.hashCode() % 30000) + "]");
    }
}
