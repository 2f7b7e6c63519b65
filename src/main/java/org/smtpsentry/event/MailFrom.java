package org.smtpsentry.event;

import java.time.Instant;

/**
 * The envelope of a queued message: its MAIL FROM, size in bytes and recipient count (-1 where not logged).
 * Postfix repeats it on every retry: count messages by queue id, not by these events.
 */
public record MailFrom(Instant time, Origin origin, QueueId queueId, Mailbox sender, long size, int recipients)
        implements MailEvent {
}
