package org.smtpsentry.event;

import java.time.Instant;

/**
 * A failed SMTP AUTH (or a failed password check in the authentication server).
 * {@code user} is null when the log does not name it; {@code session} is null when the reporter has none.
 */
public record AuthFailure(Instant time, Origin origin, SessionId session, String clientIp, String user,
                          String mechanism, Reporter reporter, String reason) implements MailEvent {
}
