package org.smtpsentry.event.trail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smtpsentry.event.AuthFailure;
import org.smtpsentry.event.AuthSuccess;
import org.smtpsentry.event.Connect;
import org.smtpsentry.event.DeliveryAttempt;
import org.smtpsentry.event.DeliveryStatus;
import org.smtpsentry.event.Disconnect;
import org.smtpsentry.event.Helo;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.MailFrom;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.MessageAccepted;
import org.smtpsentry.event.MessageIdentified;
import org.smtpsentry.event.MessageRemoved;
import org.smtpsentry.event.Origin;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.event.Reporter;
import org.smtpsentry.event.SessionId;

class MessageSearchTest {
    private static final SessionId SMTPD = new SessionId("mx smtpd[1]");
    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");
    private static final Origin O = Origin.of("test");

    /** One session of smtpd[1] sending message {@code id} from {@code ip} as {@code login}. */
    private static List<MailEvent> session(int n, String id, String ip, String login, String messageId) {
        Instant t = T.plusSeconds(n);
        QueueId q = new QueueId(id);
        return List.of(new Connect(t, O, SMTPD, ip, "unknown"), new Helo(t, O, SMTPD, ip, "pc" + n),
                new AuthFailure(t, O, SMTPD, ip, login, "LOGIN", Reporter.MTA, "bad"),
                new AuthSuccess(t, O, SMTPD, ip, login, "LOGIN", Reporter.MTA),
                new MessageAccepted(t, O, q, SMTPD, ip, login, "LOGIN"),
                new MessageIdentified(t, O, q, messageId),
                new MailFrom(t, O, q, Mailbox.of("x@forged.example"), 100, 1),
                new Disconnect(t, O, SMTPD, ip, 2, 1));
    }

    @Test
    void findsAMessageByItsMessageIdWithItsOwnSessionOnly() {
        MessageSearch search = new MessageSearch("<m2@pc>");
        session(1, "AAAAAA1", "192.0.2.1", "a@example.com", "m1@pc").forEach(search::accept);
        session(2, "AAAAAA2", "192.0.2.2", "b@example.com", "m2@pc").forEach(search::accept);
        search.accept(new DeliveryAttempt(T.plusSeconds(60), O, new QueueId("AAAAAA2"), Mailbox.of("r@example.net"),
                "none", DeliveryStatus.DEFERRED, "4.4.1", "timed out"));
        session(3, "AAAAAA3", "192.0.2.3", "c@example.com", "m3@pc").forEach(search::accept);

        List<MessageStory> found = search.stories();
        assertEquals(1, found.size());
        MessageStory s = found.get(0);
        assertEquals("AAAAAA2", s.queueId().value());
        assertEquals("192.0.2.2", s.clientIp());
        assertEquals("pc2", s.helo());
        assertEquals("b@example.com", s.login());
        assertNull(s.tls());
        assertEquals(6, s.sessionEvents().size(), "connect to disconnect of its own session, nothing of the others");
        assertEquals(MessageStory.State.QUEUED, s.whereabouts().state());
    }

    @Test
    void aDeliveredMessageIsDelivered() {
        MessageSearch search = new MessageSearch("AAAAAA1");
        session(1, "AAAAAA1", "192.0.2.1", "a@example.com", "m1@pc").forEach(search::accept);
        QueueId q = new QueueId("AAAAAA1");
        search.accept(new DeliveryAttempt(T.plusSeconds(5), O, q, Mailbox.of("r@example.net"), "mx", DeliveryStatus.SENT,
                "2.0.0", "250 ok"));
        search.accept(new MessageRemoved(T.plusSeconds(5), O, q));
        assertEquals(MessageStory.State.DELIVERED, search.stories().get(0).whereabouts().state());
    }

    @Test
    void memoryStaysBoundedOnALongLog() {
        MessageSearch search = new MessageSearch("<not-there@pc>");
        for (int n = 0; n < 40_000; n++) {
            SessionId open = new SessionId("mx smtpd[" + n + "]"); // sessions never closed: still bounded
            search.accept(new Connect(T.plusSeconds(n), O, open, "192.0.2.1", "unknown"));
            search.accept(new MailFrom(T.plusSeconds(n), O, new QueueId("Q" + n), Mailbox.of("a@b"), 1, 1));
        }
        assertTrue(search.held() <= MessageSearch.SESSIONS_KEPT + MessageSearch.MESSAGES_KEPT, "held " + search.held());
        assertTrue(search.stories().isEmpty());
    }
}
