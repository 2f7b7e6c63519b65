package org.smtpsentry.logs.sendmail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.smtpsentry.event.AuthSuccess;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.MessageAccepted;
import org.smtpsentry.event.Reporter;
import org.smtpsentry.event.SessionId;
import org.smtpsentry.logs.InOrder;

/**
 * The login of each sm-mta process, from its {@code AUTH=server} line to the {@code from=} lines of the messages it
 * takes in: Sendmail names the login only once per session. One per input, given its events in order: each message
 * gets the login of its session's latest AUTH line before it, whichever reader read that line. Bounded: the oldest
 * sessions are forgotten first.
 */
final class SessionLogins implements InOrder {
    private static final int KEPT = 10_000;

    private record Login(String user, String mechanism) {
    }

    private final Map<SessionId, Login> logins = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SessionId, Login> eldest) {
            return size() > KEPT;
        }
    };

    private void loggedIn(SessionId session, String user, String mechanism) {
        logins.remove(session);
        logins.put(session, new Login(user, mechanism));
    }

    @Override
    public MailEvent next(MailEvent event) {
        if (event instanceof AuthSuccess s) {
            if (s.reporter() == Reporter.MTA && s.session() != null) {
                loggedIn(s.session(), s.user(), s.mechanism());
            }
        } else if (!logins.isEmpty() && event instanceof MessageAccepted a && a.session() != null) {
            Login login = logins.get(a.session());
            if (login != null && !(Objects.equals(login.user(), a.login())
                    && Objects.equals(login.mechanism(), a.mechanism()))) {
                return new MessageAccepted(a.time(), a.origin(), a.queueId(), a.session(), a.clientIp(), login.user(),
                        login.mechanism());
            }
        }
        return event;
    }
}
