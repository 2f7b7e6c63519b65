package org.smtpsentry.queue;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.smtpsentry.UserError;

/** Reads a whole queue, in parallel, and keeps the messages a selection picks, oldest first. */
public final class Selector {
    private Selector() {
    }

    public static List<SelectedMessage> select(MailQueue queue, Selection selection, Instant now) {
        boolean withContent = selection.needsContent();
        return queue.entries().parallelStream()
                .flatMap(entry -> entry.load(withContent).stream()
                        .peek(loaded -> refuseBlind(loaded, selection, queue))
                        .flatMap(loaded -> selection.reasons(loaded.message(), loaded::content, now)
                                .map(why -> new SelectedMessage(entry, loaded.message(), why)).stream()))
                .sorted(Comparator.comparing((SelectedMessage s) -> s.message().arrival())
                        .thenComparing(s -> s.message().id().value()))
                .toList();
    }

    private static void refuseBlind(QueueEntry.Loaded loaded, Selection selection, MailQueue queue) {
        if (loaded.envelopeOnly() && selection.needsSubmission()) {
            throw new UserError(queue.description() + ": only the MTA's listing is readable by this user, which has "
                    + "no login, client, local user or subject; run as root or as the MTA's user; nothing done");
        }
    }
}
