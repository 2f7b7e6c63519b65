package org.smtpsentry.probe;

import java.io.IOException;

/** The server said 421 (service closing): a rate limit, a tarpit or a ban. A finding, not an error. */
final class ServiceClosing extends IOException {
    private final transient Reply reply;

    ServiceClosing(Reply reply) {
        super(reply.summary());
        this.reply = reply;
    }

    Reply reply() {
        return reply;
    }
}
