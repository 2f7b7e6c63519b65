package org.smtpsentry.logs;

import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.Origin;

/** Receives what a decoder makes of each line: events, or the note that a line was not understood. */
public interface EventSink {

    void accept(MailEvent event);

    /**
     * Whether events of {@code kind} are read at all. A decoder may leave out one that is not, once it has made sure
     * its line is understood, and spare the work of making it; making it anyway is right too.
     */
    default boolean wants(Class<? extends MailEvent> kind) {
        return true;
    }

    /**
     * From this line on, the input's events pass through its format's {@link LogFormat#inOrder()} step: the line left
     * something that later lines are read with (a session's login). Before the first such line the step would have
     * nothing to do, and the events of most logs never pass it.
     */
    default void passInOrder() {
    }

    /**
     * The line at {@code where} has a shape no parser knows. {@code kind} names the shape for the operator,
     * e.g. "postfix/smtpd message" or "line without a syslog header"; lines are tallied per kind.
     */
    void notUnderstood(String kind, Origin where);
}
