package org.smtpsentry.event.trail;

import java.util.Set;

import org.smtpsentry.event.MailEvent;

/** Something that follows the event stream and may look up what the trail knew just before each event. */
public interface TrailObserver {

    /** The kinds of event {@link #observe} reads: the engine gives it these only (see {@code Rule.reads}). */
    Set<Class<? extends MailEvent>> reads();

    /** Sees {@code event}; {@code before} is the trail as it stood before the event was added. */
    void observe(MailEvent event, Trail before);
}
