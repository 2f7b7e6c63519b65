package org.smtpsentry.event;

import java.time.Instant;

/**
 * The session was encrypted (STARTTLS or implicit TLS). {@code details} is what the log says of it, e.g.
 * "TLSv1.3 with cipher TLS_AES_256_GCM_SHA384", or "" when it says only that TLS was started.
 */
public record TlsStarted(Instant time, Origin origin, SessionId session, String clientIp, String details)
        implements MailEvent {
}
