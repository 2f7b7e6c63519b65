package org.smtpsentry.event;

import java.time.Instant;

/** A client gave up inside AUTH: dropped the connection or cancelled with "*". Typical of password-guessing bots. */
public record AuthAbort(Instant time, Origin origin, SessionId session, String clientIp, String mechanism)
        implements MailEvent {
}
