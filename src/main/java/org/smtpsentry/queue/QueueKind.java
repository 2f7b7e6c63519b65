package org.smtpsentry.queue;

import java.util.Locale;

/** The queues smtpsentry knows. */
public enum QueueKind {
    POSTFIX, EXIM, DIRECTORY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
