package org.smtpsentry.logs.sendmail;

import java.util.LinkedHashMap;
import java.util.Map;
import org.smtpsentry.event.SessionId;

/**
 * The login of each sm-mta process, from its {@code AUTH=server} line to the {@code from=} lines of the messages it
 * takes in: Sendmail names the login only once per session. Bounded: the oldest sessions are forgotten first.
 */
final class SessionLogins {
    private static final int KEPT = 10_000;

    record Login(String user, String mechanism) {
    }

    private final Map<SessionId, Login> logins = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SessionId, Login> eldest) {
            return size() > KEPT;
        }
    };

    void loggedIn(SessionId session, String user, String mechanism) {
        logins.remove(session);
        logins.put(session, new Login(user, mechanism));
    }

    Login of(SessionId session) {
        return logins.get(session);
    }
}
