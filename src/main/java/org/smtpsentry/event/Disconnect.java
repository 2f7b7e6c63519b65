package org.smtpsentry.event;

import java.time.Instant;

/**
 * The end of an SMTP session, with the AUTH commands it tried and how many succeeded (Postfix's {@code auth=0/1};
 * -1 when the log does not say).
 */
public record Disconnect(Instant time, Origin origin, SessionId session, String clientIp, int authTried,
                         int authSucceeded) implements MailEvent {
}
