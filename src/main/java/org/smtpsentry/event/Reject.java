package org.smtpsentry.event;

import java.time.Instant;

/**
 * The server refused something in a session. {@code stage} is the SMTP command (RCPT, MAIL, DATA, END-OF-MESSAGE,
 * CONNECT); {@code queueId} is null when the message had none yet; sender and recipient are null when not logged.
 */
public record Reject(Instant time, Origin origin, SessionId session, QueueId queueId, String clientIp, String stage,
                     Mailbox sender, Mailbox recipient, String code, String reason) implements MailEvent {
}
