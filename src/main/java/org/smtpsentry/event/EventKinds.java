package org.smtpsentry.event;

import java.util.ArrayList;
import java.util.List;

/** The kinds of event, in the order {@link MailEvent} permits them: for tables indexed by kind, and "every kind". */
public final class EventKinds {
    public static final List<Class<? extends MailEvent>> ALL = all();

    private EventKinds() {
    }

    private static List<Class<? extends MailEvent>> all() {
        List<Class<? extends MailEvent>> kinds = new ArrayList<>();
        for (Class<?> kind : MailEvent.class.getPermittedSubclasses()) {
            kinds.add(kind.asSubclass(MailEvent.class));
        }
        return List.copyOf(kinds);
    }
}
