package org.smtpsentry.event;

import java.time.Instant;

/** A client opened an SMTP session. {@code clientName} is the reverse name or "unknown". */
public record Connect(Instant time, Origin origin, SessionId session, String clientIp, String clientName)
        implements MailEvent {
}
