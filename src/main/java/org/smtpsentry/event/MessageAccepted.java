package org.smtpsentry.event;

import java.time.Instant;

/**
 * The server took a message in over SMTP and gave it a queue id. {@code login} is the SASL user name,
 * null for an unauthenticated client.
 */
public record MessageAccepted(Instant time, Origin origin, QueueId queueId, SessionId session, String clientIp,
                              String login, String mechanism) implements MailEvent {
}
