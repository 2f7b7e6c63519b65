package org.smtpsentry.event.trail;

import org.smtpsentry.event.MailEvent;

/** Something that follows the event stream and may look up what the trail knew just before each event. */
public interface TrailObserver {

    /** Sees {@code event}; {@code before} is the trail as it stood before the event was added. */
    void observe(MailEvent event, Trail before);
}
