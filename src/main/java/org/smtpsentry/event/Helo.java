package org.smtpsentry.event;

import java.time.Instant;

/** The name a client gave in HELO or EHLO, where the log shows it. */
public record Helo(Instant time, Origin origin, SessionId session, String clientIp, String name) implements MailEvent {
}
