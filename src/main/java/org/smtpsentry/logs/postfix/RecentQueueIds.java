package org.smtpsentry.logs.postfix;

import org.smtpsentry.event.QueueId;

/**
 * The queue ids of the messages seen lately, so that the five to ten lines of one message (smtpd, cleanup, qmgr,
 * each delivery, removal) share one {@link QueueId}: built once, and hashed once where the trail looks it up.
 * A slot is chosen by the id's last characters, which differ most between messages; a miss only costs a new id.
 */
final class RecentQueueIds {
    private static final int SLOTS = 4096;

    private final QueueId[] ids = new QueueId[SLOTS];

    /** The id that starts {@code message} and is {@code length} characters long. */
    QueueId at(String message, int length) {
        int slot = ((message.charAt(length - 1) * 31 + message.charAt(length - 2)) * 31 + message.charAt(length - 3))
                & (SLOTS - 1);
        QueueId kept = ids[slot];
        if (kept != null && kept.value().length() == length && message.startsWith(kept.value())) {
            return kept;
        }
        QueueId id = new QueueId(message.substring(0, length));
        ids[slot] = id;
        return id;
    }
}
