package org.smtpsentry.event;

import java.time.Instant;

/**
 * One attempt to deliver a queued message to one recipient, and its {@link DeliveryReply}: where it went and what it
 * was told.
 */
public record DeliveryAttempt(Instant time, Origin origin, QueueId queueId, Mailbox recipient, DeliveryStatus status,
                              DeliveryReply reply) implements MailEvent {

    /** With its reply at hand: {@code relay} "none" when no connection was made, "local" for local delivery. */
    public DeliveryAttempt(Instant time, Origin origin, QueueId queueId, Mailbox recipient, String relay,
                           DeliveryStatus status, String dsn, String response) {
        this(time, origin, queueId, recipient, status, DeliveryReply.of(relay, dsn, response));
    }

    public String relay() {
        return reply.relay();
    }

    public String dsn() {
        return reply.dsn();
    }

    /** The remote answer or the reason. */
    public String response() {
        return reply.response();
    }
}
