package org.smtpsentry.event.trail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.smtpsentry.event.Connect;
import org.smtpsentry.event.DeliveryAttempt;
import org.smtpsentry.event.DeliveryStatus;
import org.smtpsentry.event.Disconnect;
import org.smtpsentry.event.LocalSubmission;
import org.smtpsentry.event.MailFrom;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.MessageAccepted;
import org.smtpsentry.event.MessageRemoved;
import org.smtpsentry.event.Origin;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.event.SessionId;

class TrailTest {
    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");
    private static final Origin O = Origin.of("test");
    private static final SessionId SMTPD = new SessionId("mail postfix/smtpd[4012]");
    private static final QueueId ID = new QueueId("4Fv2Qm1kZtz8w");

    @Test
    void aMessageCollectsItsLoginEnvelopeAndEachRecipientsLatestStatus() {
        Trail trail = new Trail();
        trail.accept(new Connect(T, O, SMTPD, "198.51.100.4", "unknown"));
        trail.accept(new MessageAccepted(T, O, ID, SMTPD, "198.51.100.4", "sales@example.com", "LOGIN"));
        trail.accept(new MailFrom(T, O, ID, Mailbox.of("ceo@forged.example"), 100, 2));
        trail.accept(new MailFrom(T.plusSeconds(600), O, ID, Mailbox.of("ceo@forged.example"), 100, 2));
        Mailbox bob = Mailbox.of("bob@nowhere.example");
        trail.accept(new DeliveryAttempt(T, O, ID, bob, "none", DeliveryStatus.DEFERRED, "4.4.1", ""));
        trail.accept(new DeliveryAttempt(T.plusSeconds(600), O, ID, bob, "mx", DeliveryStatus.SENT, "2.0.0", ""));

        MessageTrail m = trail.message(ID);
        assertEquals("sales@example.com", m.login());
        assertEquals("198.51.100.4", m.clientIp());
        assertEquals(SMTPD, m.session());
        assertEquals(Mailbox.of("ceo@forged.example"), m.sender());
        assertEquals(DeliveryStatus.SENT, m.status(bob));
        assertEquals(1, m.recipients().size());
        assertEquals("sales@example.com", trail.session(SMTPD).login(), "the session learns the login");
    }

    @Test
    void aRemovedMessageAndAClosedSessionAreForgotten() {
        Trail trail = new Trail();
        trail.accept(new Connect(T, O, SMTPD, "192.0.2.1", "unknown"));
        trail.accept(new LocalSubmission(T, O, ID, 33, null, Mailbox.of("www-data")));
        assertEquals(33, trail.message(ID).localUid());
        trail.accept(new MessageRemoved(T, O, ID));
        trail.accept(new Disconnect(T, O, SMTPD, "192.0.2.1", 0, 0));
        assertNull(trail.message(ID));
        assertNull(trail.session(SMTPD));
        assertEquals(0, trail.messagesFollowed());
    }

    @Test
    void successiveSessionsOfOneProcessAreToldApart() {
        Trail trail = new Trail();
        trail.accept(new Connect(T, O, SMTPD, "192.0.2.1", "unknown"));
        SessionTrail first = trail.session(SMTPD);
        trail.accept(new Disconnect(T, O, SMTPD, "192.0.2.1", 0, 0));
        trail.accept(new Connect(T.plusSeconds(1), O, SMTPD, "192.0.2.2", "unknown"));
        SessionTrail second = trail.session(SMTPD);
        assertNotSame(first, second);
        assertEquals(first.serial() + 1, second.serial());
        assertEquals("192.0.2.2", second.clientIp());
    }
}
