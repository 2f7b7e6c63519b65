package org.smtpsentry.logs;

import org.smtpsentry.event.MailEvent;

/**
 * What the events of one input pass through in the order of its lines, on the thread that takes them, once their
 * pieces were decoded in any order on several threads: for what a line tells about later lines that is cheap to carry
 * (a session's login, named once before its messages). One per input.
 */
public interface InOrder {

    /** The event as the lines before it make it: {@code event} itself, or the same event completed. */
    MailEvent next(MailEvent event);
}
