package org.smtpsentry.queue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smtpsentry.UserError;
import org.smtpsentry.event.QueueId;

/**
 * Deletes selected messages, each first copied into a quarantine archive (unless the operator explicitly asked for
 * none). The archive is complete and forced to disk before the first deletion.
 */
public final class Purge {
    /** Messages read and archived per round: bounds memory on a queue of 100,000 messages. */
    private static final int BATCH = 1000;

    private Purge() {
    }

    /**
     * What a purge did.
     *
     * @param archive     the quarantine archive, null with --no-quarantine
     * @param archived    how many messages the archive holds
     * @param goneBefore  selected messages already gone when they were to be archived (not an error)
     * @param deletion    what the MTA deleted, and what it no longer found
     */
    public record Result(Path archive, int archived, List<QueueId> goneBefore, ActionOutcome deletion) {
    }

    /** Purges {@code selected}; {@code archive} null means no quarantine. */
    public static Result run(MailQueue queue, List<SelectedMessage> selected, Path archive, String selectionText,
                             Instant now) {
        if (archive == null) {
            List<QueueId> ids = selected.stream().map(s -> s.message().id()).toList();
            return new Result(null, 0, List.of(), queue.delete(ids));
        }
        List<QueueId> archivedIds = new ArrayList<>();
        List<QueueId> goneBefore = new ArrayList<>();
        try (Quarantine quarantine = Quarantine.create(archive, queue, selectionText, now)) {
            for (int from = 0; from < selected.size(); from += BATCH) {
                List<SelectedMessage> batch = selected.subList(from, Math.min(selected.size(), from + BATCH));
                List<Optional<ArchivedMessage>> read = batch.parallelStream().map(Purge::read).toList();
                for (int i = 0; i < batch.size(); i++) {
                    QueueId id = batch.get(i).message().id();
                    if (read.get(i).isPresent()) {
                        quarantine.add(read.get(i).get());
                        archivedIds.add(id);
                    } else {
                        goneBefore.add(id);
                    }
                }
            }
        }
        ActionOutcome deletion = archivedIds.isEmpty() ? new ActionOutcome(List.of(), List.of())
                : queue.delete(archivedIds);
        if (!deletion.gone().isEmpty()) {
            noteNotPurged(archive, deletion.gone());
        }
        return new Result(archive, archivedIds.size(), goneBefore, deletion);
    }

    private static Optional<ArchivedMessage> read(SelectedMessage s) {
        return s.entry().load(true).map(loaded -> new ArchivedMessage(loaded.message(), loaded.content().bytes(),
                s.reasons(), origin(s)));
    }

    /** A directory queue keeps the message's path under the queue folder as its id; MTAs need no origin. */
    private static String origin(SelectedMessage s) {
        return s.entry() instanceof OriginKnown known ? known.origin() : "";
    }

    private static void noteNotPurged(Path archive, List<QueueId> gone) {
        Path list = archive.resolveSibling(archive.getFileName() + QuarantineArchive.NOT_PURGED_SUFFIX);
        StringBuilder b = new StringBuilder();
        gone.forEach(id -> b.append(id.value()).append('\n'));
        try {
            Files.writeString(list, b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(list + ": cannot note the " + gone.size() + " archived messages that were gone before "
                    + "deletion: " + e.getMessage() + "; the purge is done, but do not restore those ids: " + gone, e);
        }
    }

    /** An entry that knows where its file lives under the queue folder (directory queues). */
    public interface OriginKnown {
        String origin();
    }
}
