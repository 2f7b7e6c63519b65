package org.smtpsentry.queue;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.smtpsentry.UserError;

/** Reads a whole queue, in parallel, and keeps the messages a selection picks, oldest first. */
public final class Selector {
    private Selector() {
    }

    public static List<SelectedMessage> select(MailQueue queue, Selection selection, Instant now) {
        boolean withContent = selection.needsContent();
        return queue.entries().parallelStream()
                .flatMap(entry -> entry.load(withContent).stream()
                        .flatMap(loaded -> picked(entry, loaded, queue, selection, now)))
                .sorted(Comparator.comparing((SelectedMessage s) -> s.message().arrival())
                        .thenComparing(s -> s.message().id().value()))
                .toList();
    }

    /**
     * The messages a selection picks, a parallel stream in no order, each read when the stream gets to it and only as
     * far as the selection needs (for counting: the envelope alone when no subject or text is asked for).
     */
    public static Stream<QueuedMessage> messages(MailQueue queue, Selection selection, Instant now) {
        boolean withContent = selection.needsContent();
        boolean envelope = !selection.needsHeaders();
        return queue.entries().parallelStream()
                .flatMap(entry -> (envelope ? entry.loadEnvelope() : entry.load(withContent)).stream()
                        .flatMap(loaded -> picked(entry, loaded, queue, selection, now)))
                .map(SelectedMessage::message);
    }

    private static Stream<SelectedMessage> picked(QueueEntry entry, QueueEntry.Loaded loaded, MailQueue queue,
                                                  Selection selection, Instant now) {
        refuseBlind(loaded, selection, queue);
        return selection.reasons(loaded.message(), loaded::content, now)
                .map(why -> new SelectedMessage(entry, loaded.message(), why)).stream();
    }

    private static void refuseBlind(QueueEntry.Loaded loaded, Selection selection, MailQueue queue) {
        if (loaded.envelopeOnly() && selection.needsSubmission()) {
            throw new UserError(queue.description() + ": only the MTA's listing is readable by this user, which has "
                    + "no login, client, local user or subject; run as root or as the MTA's user; nothing done");
        }
    }
}
