package org.smtpsentry.probe;

import java.io.IOException;

/** The server answered something that is not an SMTP reply, or one too long to be one. */
final class MalformedReply extends IOException {
    MalformedReply(String message) {
        super(message);
    }
}
