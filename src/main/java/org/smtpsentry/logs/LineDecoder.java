package org.smtpsentry.logs;

import java.util.Optional;
import org.smtpsentry.event.Origin;

/** Turns the lines of one input into events; it may keep state across lines (a year, a session's dialogue). */
public interface LineDecoder {

    /**
     * Decodes {@code line} (without its line end), found at {@code origin}, into {@code sink}; the events are complete
     * once they have passed the format's {@link LogFormat#inOrder()} step, if it has one.
     */
    void decode(String line, Origin origin, EventSink sink);

    /**
     * The same, given the line's bytes: a format that reads them (it is cheaper) overrides it, the others get the
     * line's text, made from {@code origin}.
     */
    default void decode(LineBytes bytes, Origin origin, EventSink sink) {
        decode(origin.text(), origin, sink);
    }

    /**
     * Whether every line is read on its own, leaving nothing that later lines are read with: then the pieces of an
     * input may be decoded in any order, each thread with a decoder of its own, and what a line tells about later ones
     * is carried by the format's {@link LogFormat#inOrder()} step (a login named once for a session). A format whose
     * lines carry more (a header that names the columns, a session's dialogue) says false.
     */
    default boolean independentLines() {
        return false;
    }

    /**
     * The session a raw line belongs to, for printing a whole session ({@code trace --session}); empty when the line
     * names none or the format does not tell. A decoder asked this is given every line of its input in order from the
     * first, instead of {@link #decode}, so a format whose header lines decide the columns (Exchange) learns them.
     */
    default Optional<InSession> sessionOf(String line) {
        return Optional.empty();
    }
}
