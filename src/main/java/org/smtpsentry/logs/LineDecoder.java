package org.smtpsentry.logs;

import org.smtpsentry.event.Origin;

/** Turns the lines of one input into events; it may keep state across lines (a year, a session's dialogue). */
public interface LineDecoder {

    /** Decodes {@code line} (without its line end), found at {@code origin}, into {@code sink}. */
    void decode(String line, Origin origin, EventSink sink);

    /** Called after the last line, for decoders that hold events back (multi-line records). */
    default void finish(EventSink sink) {
    }
}
