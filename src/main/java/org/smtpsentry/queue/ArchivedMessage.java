package org.smtpsentry.queue;

import java.util.List;

/**
 * A message as a quarantine archive keeps it: its envelope and headers as they were in the queue, its text, why it
 * was selected, and where a directory queue kept it ({@code origin}, the path under the queue folder; "" for MTAs).
 */
public record ArchivedMessage(QueuedMessage envelope, byte[] content, List<String> reasons, String origin) {
    public ArchivedMessage {
        reasons = List.copyOf(reasons);
    }
}
