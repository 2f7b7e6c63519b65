package org.smtpsentry.queue;

import java.util.Optional;
import org.smtpsentry.event.QueueId;

/** One message of a queue before it is read; reading it may find it gone (delivered or removed meanwhile). */
public interface QueueEntry {

    QueueId id();

    /** Reads the envelope and headers, and the whole text too when {@code withContent}; empty when gone. */
    Optional<Loaded> load(boolean withContent);

    /**
     * Reads what counting needs (the envelope, login, client and local user), as cheaply as the queue allows; the
     * subject may be left "" (a Postfix queue file's text is then skipped). Empty when gone.
     */
    default Optional<Loaded> loadEnvelope() {
        return load(false);
    }

    /**
     * A message read from the queue; {@code content} is null when it was not asked for. {@code envelopeOnly} when
     * only the MTA's listing was readable: no login, client, local user or subject.
     */
    record Loaded(QueuedMessage message, MessageContent content, boolean envelopeOnly) {
        public Loaded(QueuedMessage message, MessageContent content) {
            this(message, content, false);
        }
    }
}
