package org.smtpsentry.queue;

import java.time.Instant;
import java.util.List;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.QueueId;

/**
 * One message waiting in an MTA's queue, as far as its envelope and headers tell.
 *
 * @param queue       the MTA's queue it sits in: Postfix "deferred", "active", "hold", "incoming"; Exim "input" or
 *                    "frozen"; a directory queue's folder name ("_outgoing", "retry")
 * @param recipients  the recipients still to be delivered
 * @param login       the SASL login that submitted it, "" when unknown or unauthenticated
 * @param client      the client IP address that submitted it, "" for local submissions or when unknown
 * @param localUser   the local user (name or uid) that submitted it with sendmail, "" when not local or unknown
 * @param subject     the Subject header, "" when absent
 * @param reason      why delivery is delayed (Postfix), or whether it is frozen (Exim); "" when unknown
 */
public record QueuedMessage(QueueId id, String queue, Instant arrival, long size, Mailbox sender,
                            List<Mailbox> recipients, String login, String client, String localUser, String subject,
                            String reason) {
    public QueuedMessage {
        recipients = List.copyOf(recipients);
    }
}
