package org.smtpsentry.event;

import java.time.Instant;

/**
 * A log showed the password of an AUTH attempt (IceWarp's AUTH LOGIN dialogue) and it is weak: {@code weakness} says
 * how, e.g. "the password is the user name". The password itself is never kept; {@code origin} is the server's
 * answer to the attempt, never the line with the password.
 */
public record WeakPassword(Instant time, Origin origin, SessionId session, String clientIp, String user,
                           String weakness) implements MailEvent {
}
