package org.smtpsentry.logs.sendmail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.smtpsentry.event.AuthSuccess;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.MessageAccepted;
import org.smtpsentry.event.Origin;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.event.Reporter;
import org.smtpsentry.event.SessionId;

/** The login of a session carried in order to its messages, whichever reader read the AUTH line. */
class SessionLoginsTest {
    private static final Instant T = Instant.parse("2026-11-22T10:59:00Z");
    private static final Origin AT = new Origin("mail.log", 1, "a line");
    private static final SessionId SESSION = new SessionId("mail sm-mta[4012]");

    private static AuthSuccess login(SessionId session, String user, Reporter reporter) {
        return new AuthSuccess(T, AT, session, "198.51.100.4", user, "LOGIN", reporter);
    }

    private static MessageAccepted message(SessionId session, String login, String mechanism) {
        return new MessageAccepted(T, AT, new QueueId("5AMAx0X4004012"), session, "198.51.100.4", login, mechanism);
    }

    @Test
    void aMessageWithoutItsLoginGetsTheLoginOfItsSessionsAuthLine() {
        SessionLogins inOrder = new SessionLogins();
        MailEvent auth = login(SESSION, "sales@example.com", Reporter.MTA);
        assertSame(auth, inOrder.next(auth));
        MessageAccepted completed = (MessageAccepted) inOrder.next(message(SESSION, null, "LOGIN"));
        assertEquals("sales@example.com", completed.login());
        assertEquals("LOGIN", completed.mechanism());
        assertEquals(new QueueId("5AMAx0X4004012"), completed.queueId());
    }

    @Test
    void aMessageThatHasItsLoginAlreadyIsHandedOnAsItIs() {
        SessionLogins inOrder = new SessionLogins();
        inOrder.next(login(SESSION, "sales@example.com", Reporter.MTA));
        MessageAccepted known = message(SESSION, "sales@example.com", "LOGIN");
        assertSame(known, inOrder.next(known));
    }

    @Test
    void theLatestAuthLineOfAReusedProcessWins() {
        SessionLogins inOrder = new SessionLogins();
        inOrder.next(login(SESSION, "old@example.com", Reporter.MTA));
        inOrder.next(login(SESSION, "new@example.com", Reporter.MTA));
        assertEquals("new@example.com", ((MessageAccepted) inOrder.next(message(SESSION, null, "LOGIN"))).login());
    }

    @Test
    void otherSessionsAndOtherReportersLeaveMessagesAlone() {
        SessionLogins inOrder = new SessionLogins();
        inOrder.next(login(SESSION, "sales@example.com", Reporter.AUTH_SERVER)); // the IMAP server's, not sm-mta's
        MessageAccepted anonymous = message(SESSION, null, null);
        assertSame(anonymous, inOrder.next(anonymous));
        inOrder.next(login(SESSION, "sales@example.com", Reporter.MTA));
        MessageAccepted elsewhere = message(new SessionId("mail sm-mta[4013]"), null, null);
        assertNull(((MessageAccepted) inOrder.next(elsewhere)).login());
    }
}
