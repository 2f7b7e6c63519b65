package org.smtpsentry.event;

import java.time.Instant;

/**
 * A message submitted on the server itself (sendmail command, PHP's mail()), not over SMTP. {@code uid} is the
 * submitting Unix uid (-1 when not logged); {@code user} the account name where the log gives it.
 */
public record LocalSubmission(Instant time, Origin origin, QueueId queueId, int uid, String user, Mailbox sender)
        implements MailEvent {
}
