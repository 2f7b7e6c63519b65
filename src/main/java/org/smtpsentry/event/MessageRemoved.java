package org.smtpsentry.event;

import java.time.Instant;

/** A message left the queue: delivered to all, bounced, expired or deleted by the operator. */
public record MessageRemoved(Instant time, Origin origin, QueueId queueId) implements MailEvent {
}
