package org.smtpsentry.queue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.smtpsentry.event.QueueId;

/** An MTA's queue: its messages, and the MTA's own ways to hold, release, delete and inject them. */
public interface MailQueue {

    /** What and where, for reports: "Postfix queue /var/spool/postfix (config /etc/postfix)". */
    String description();

    /** The kind of queue, for the quarantine manifest. */
    QueueKind kind();

    /**
     * Every message now in the queue, not yet read. Says clearly (as a UserError) when the queue cannot be read for
     * lack of permission.
     */
    List<QueueEntry> entries();

    /**
     * Reads every message now in the queue as far as {@code depth} asks, in parallel and in no order; a message gone
     * meanwhile is left out. A queue may override it to read its messages faster in batches than entry by entry.
     */
    default Stream<QueueEntry.Read> readAll(QueueEntry.Depth depth) {
        return QueueEntry.readAll(entries(), depth);
    }

    /** The message with this id, if it is in the queue. */
    Optional<QueueEntry> entry(QueueId id);

    /** Puts the messages on hold (Postfix hold queue, Exim freeze). */
    ActionOutcome hold(List<QueueId> ids);

    /** Takes the messages off hold. */
    ActionOutcome release(List<QueueId> ids);

    /** Deletes the messages from the queue. */
    ActionOutcome delete(List<QueueId> ids);

    /** Puts a message back into the queue with its original envelope; a UserError when the MTA refuses it. */
    void reinject(ArchivedMessage message);
}
