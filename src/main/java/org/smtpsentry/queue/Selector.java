package org.smtpsentry.queue;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.smtpsentry.UserError;

/** Reads a whole queue, in parallel, and keeps the messages a selection picks, oldest first. */
public final class Selector {
    private Selector() {
    }

    public static List<SelectedMessage> select(MailQueue queue, Selection selection, Instant now) {
        QueueEntry.Depth depth = selection.needsContent() ? QueueEntry.Depth.WHOLE : QueueEntry.Depth.HEADERS;
        return queue.readAll(depth)
                .<SelectedMessage>mapMulti((read, picked) -> picked(read, queue, selection, now).ifPresent(picked))
                .sorted(Comparator.comparing((SelectedMessage s) -> s.message().arrival())
                        .thenComparing(s -> s.message().id().value()))
                .toList();
    }

    /**
     * The messages a selection picks, a parallel stream in no order, each read when the stream gets to it and only as
     * far as the selection needs (for counting: the envelope alone when no subject or text is asked for).
     */
    public static Stream<QueuedMessage> messages(MailQueue queue, Selection selection, Instant now) {
        QueueEntry.Depth depth = selection.needsContent() ? QueueEntry.Depth.WHOLE
                : selection.needsHeaders() ? QueueEntry.Depth.HEADERS : QueueEntry.Depth.ENVELOPE;
        boolean everything = selection.isEverything();
        // mapMulti, not flatMap: no stream made per message
        return queue.readAll(depth).mapMulti((QueueEntry.Read read, Consumer<QueuedMessage> picked) -> {
            refuseBlind(read.loaded(), selection, queue);
            if (everything || selection.reasons(read.loaded().message(), read.loaded()::content, now).isPresent()) {
                picked.accept(read.loaded().message());
            }
        });
    }

    private static Optional<SelectedMessage> picked(QueueEntry.Read read, MailQueue queue, Selection selection,
                                                    Instant now) {
        QueueEntry.Loaded loaded = read.loaded();
        refuseBlind(loaded, selection, queue);
        return selection.reasons(loaded.message(), loaded::content, now)
                .map(why -> new SelectedMessage(read.entry(), loaded.message(), why));
    }

    private static void refuseBlind(QueueEntry.Loaded loaded, Selection selection, MailQueue queue) {
        if (loaded.envelopeOnly() && selection.needsSubmission()) {
            throw new UserError(queue.description() + ": only the MTA's listing is readable by this user, which has "
                    + "no login, client, local user or subject; run as root or as the MTA's user; nothing done");
        }
    }
}
