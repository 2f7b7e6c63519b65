package org.smtpsentry.event;

import java.time.Instant;

/**
 * One attempt to deliver a queued message to one recipient. {@code relay} is where it went ("none" when no
 * connection was made, "local" for local delivery); {@code response} is the remote answer or the reason.
 */
public record DeliveryAttempt(Instant time, Origin origin, QueueId queueId, Mailbox recipient, String relay,
                              DeliveryStatus status, String dsn, String response) implements MailEvent {
}
