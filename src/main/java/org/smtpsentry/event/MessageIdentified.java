package org.smtpsentry.event;

import java.time.Instant;

/** The Message-ID header of a queued message, so a message can be traced by it. */
public record MessageIdentified(Instant time, Origin origin, QueueId queueId, String messageId)
        implements MailEvent {
}
