package org.smtpsentry.event.trail;

import java.time.Instant;
import org.smtpsentry.event.SessionId;

/**
 * One SMTP session, from its connect line to its disconnect: the client, and whether a login was named in it.
 * {@code serial} tells apart successive sessions of the same server process.
 */
public final class SessionTrail {
    private final SessionId id;
    private final long serial;
    private final String clientIp;
    private final Instant connected;
    private String login;

    SessionTrail(SessionId id, long serial, String clientIp, Instant connected) {
        this.id = id;
        this.serial = serial;
        this.clientIp = clientIp;
        this.connected = connected;
    }

    public SessionId id() {
        return id;
    }

    public long serial() {
        return serial;
    }

    public String clientIp() {
        return clientIp;
    }

    public Instant connected() {
        return connected;
    }

    /** The login named in this session (by a message it sent), or null. */
    public String login() {
        return login;
    }

    void loggedIn(String login) {
        this.login = login;
    }
}
