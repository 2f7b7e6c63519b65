package org.smtpsentry.event.trail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smtpsentry.event.AuthFailure;
import org.smtpsentry.event.AuthSuccess;
import org.smtpsentry.event.DeliveryAttempt;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.MailFrom;
import org.smtpsentry.event.MessageAccepted;
import org.smtpsentry.event.MessageIdentified;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.event.WeakPassword;

/**
 * Collects, in one streaming pass, what one account did: its AUTH attempts (successful or not) and the messages sent
 * under it, with their envelope and how their deliveries went. Only that account's events are kept, at most
 * {@value #KEPT} of each kind.
 */
public final class AccountSearch {
    static final int KEPT = 100_000;

    private final String user;
    private final List<MailEvent> logins = new ArrayList<>();
    private final Map<QueueId, AccountStory.SentMessage> messages = new LinkedHashMap<>();

    public AccountSearch(String user) {
        this.user = user.toLowerCase(Locale.ROOT);
    }

    public void accept(MailEvent event) {
        switch (event) {
            case AuthSuccess s when is(s.user()) -> login(event);
            case AuthFailure f when is(f.user()) -> login(event);
            case WeakPassword w when is(w.user()) -> login(event);
            case MessageAccepted a when is(a.login()) -> {
                if (messages.size() < KEPT && !messages.containsKey(a.queueId())) {
                    a.origin().keep(); // kept to the end: its own text, not the reader's buffer
                    messages.put(a.queueId(), new AccountStory.SentMessage(a));
                }
            }
            case MailFrom f -> {
                AccountStory.SentMessage m = messages.get(f.queueId());
                if (m != null) {
                    m.envelope(f);
                }
            }
            case MessageIdentified i -> {
                AccountStory.SentMessage m = messages.get(i.queueId());
                if (m != null) {
                    m.identified(i.messageId());
                }
            }
            case DeliveryAttempt d -> {
                AccountStory.SentMessage m = messages.get(d.queueId());
                if (m != null) {
                    m.attempt(d);
                }
            }
            default -> { }
        }
    }

    private boolean is(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).equals(user);
    }

    private void login(MailEvent event) {
        if (logins.size() < KEPT) {
            event.origin().keep();
            logins.add(event);
        }
    }

    public AccountStory story() {
        return new AccountStory(user, List.copyOf(logins), List.copyOf(messages.values()));
    }
}
