package org.smtpsentry.event;

import java.time.Instant;

/** A recipient accepted for a message, where the MTA logs acceptance apart from delivery. */
public record Rcpt(Instant time, Origin origin, QueueId queueId, SessionId session, Mailbox recipient)
        implements MailEvent {
}
