package org.smtpsentry.probe;

import java.io.IOException;

/** The port could not be connected to at all: refused, filtered, no route, unknown host. */
final class Unreachable extends IOException {
    Unreachable(String message, Throwable cause) {
        super(message, cause);
    }
}
