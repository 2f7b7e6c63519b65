package org.smtpsentry.queue;

import java.util.List;

/** A message a selection picked, the entry to read it again, and why it was picked (one line per criterion). */
public record SelectedMessage(QueueEntry entry, QueuedMessage message, List<String> reasons) {
    public SelectedMessage {
        reasons = List.copyOf(reasons);
    }
}
