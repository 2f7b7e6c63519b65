package org.smtpsentry.event;

import java.time.Instant;

/** A successful SMTP AUTH. {@code user} is null when the log only counts it (Postfix's {@code auth=1}). */
public record AuthSuccess(Instant time, Origin origin, SessionId session, String clientIp, String user,
                          String mechanism, Reporter reporter) implements MailEvent {
}
