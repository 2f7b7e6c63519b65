package org.smtpsentry.queue.postfix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.UserError;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.queue.QueuedMessage;

/** The sendmail command line that re-injects a message with its original envelope into a Postfix instance. */
final class Sendmail {
    private Sendmail() {
    }

    /** {@code sendmail [-C configDir] -i -f SENDER -- RCPT...}: -i so that a lone "." line is text, not the end. */
    static List<String> argv(Path configDir, QueuedMessage envelope) {
        if (envelope.recipients().isEmpty()) {
            throw new UserError(envelope.id() + ": no recipient left to restore it to; skipped");
        }
        List<String> argv = new ArrayList<>(List.of("sendmail"));
        if (configDir != null) {
            argv.addAll(List.of("-C", configDir.toString()));
        }
        argv.addAll(List.of("-i", "-f", envelope.sender().isNullSender() ? "<>" : envelope.sender().address(), "--"));
        for (Mailbox r : envelope.recipients()) {
            if (r.address().startsWith("-")) {
                throw new UserError(envelope.id() + ": recipient " + r + " starts with '-'; not restored");
            }
            argv.add(r.address());
        }
        return argv;
    }
}
