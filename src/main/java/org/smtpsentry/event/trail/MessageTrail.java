package org.smtpsentry.event.trail;

import java.time.Instant;
import java.util.Map;
import org.smtpsentry.event.DeliveryStatus;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.event.SessionId;

/**
 * What is known of one queued message so far: how it came in (session, client, login, or a local uid), its envelope,
 * and the latest delivery status of each recipient. Recipients beyond {@link #MAX_RECIPIENTS} are not kept.
 */
public final class MessageTrail {
    static final int MAX_RECIPIENTS = 1000;

    private final QueueId queueId;
    private final Instant firstSeen;
    private SessionId session;
    private String clientIp;
    private String login;
    private int localUid = -1;
    private String localUser;
    private Mailbox sender;
    private final RecipientStatuses recipients = new RecipientStatuses(MAX_RECIPIENTS);
    private Instant lastSeen;

    MessageTrail(QueueId queueId, Instant firstSeen) {
        this.queueId = queueId;
        this.firstSeen = firstSeen;
        this.lastSeen = firstSeen;
    }

    public QueueId queueId() {
        return queueId;
    }

    public Instant firstSeen() {
        return firstSeen;
    }

    public Instant lastSeen() {
        return lastSeen;
    }

    /** The session it came in on, or null (local submission, or its smtpd line was not in the logs). */
    public SessionId session() {
        return session;
    }

    public String clientIp() {
        return clientIp;
    }

    /** The SASL login that sent it, or null. */
    public String login() {
        return login;
    }

    /** The Unix uid that submitted it locally, or -1. */
    public int localUid() {
        return localUid;
    }

    /** The Unix user that submitted it locally, where the log names it (Exim's U=, Sendmail), or null. */
    public String localUser() {
        return localUser;
    }

    /** Whether it was submitted on the server itself rather than over SMTP. */
    public boolean isLocal() {
        return localUid >= 0 || localUser != null;
    }

    /** The envelope sender, or null before the queue manager logged it. */
    public Mailbox sender() {
        return sender;
    }

    /** The latest status of a recipient, or null when no attempt was logged for it yet. */
    public DeliveryStatus status(Mailbox recipient) {
        return recipients.of(recipient);
    }

    /** The recipients kept, each with its latest status. */
    public Map<Mailbox, DeliveryStatus> recipients() {
        return recipients.asMap();
    }

    void touch(Instant t) {
        if (t.isAfter(lastSeen)) {
            lastSeen = t;
        }
    }

    /** What a log tells of how it came in; a second log telling of the same message never erases what one knew. */
    void cameIn(SessionId session, String clientIp, String login) {
        if (session != null) {
            this.session = session;
        }
        if (clientIp != null) {
            this.clientIp = clientIp;
        }
        if (login != null) {
            this.login = login;
        }
    }

    void submittedBy(int uid, String user) {
        this.localUid = uid;
        this.localUser = user;
    }

    void envelope(Mailbox sender) {
        this.sender = sender;
    }

    void delivery(Mailbox recipient, DeliveryStatus status) {
        recipients.note(recipient, status);
    }
}
