package org.smtpsentry.event.trail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smtpsentry.event.DeliveryAttempt;
import org.smtpsentry.event.DeliveryStatus;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.MailFrom;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.MessageAccepted;

/**
 * What one account did: its AUTH attempts ({@code AuthSuccess}, {@code AuthFailure}, {@code WeakPassword} events)
 * and the messages sent under it, each in time order.
 */
public record AccountStory(String user, List<MailEvent> logins, List<SentMessage> messages) {

    /** A message sent under the account: how it came in, its envelope and the latest status of each recipient. */
    public static final class SentMessage {
        private static final int RECIPIENTS_KEPT = 10_000;

        private final MessageAccepted arrival;
        private MailFrom envelope;
        private String messageId;
        private final Map<Mailbox, DeliveryStatus> latest = new HashMap<>();

        SentMessage(MessageAccepted arrival) {
            this.arrival = arrival;
        }

        void envelope(MailFrom f) {
            if (envelope == null) {
                f.origin().keep();
                envelope = f;
            }
        }

        void identified(String id) {
            messageId = id;
        }

        void attempt(DeliveryAttempt d) {
            if (latest.size() < RECIPIENTS_KEPT || latest.containsKey(d.recipient())) {
                latest.put(d.recipient(), d.status());
            }
        }

        public MessageAccepted arrival() {
            return arrival;
        }

        /** The envelope, or null when the log gave none. */
        public MailFrom envelope() {
            return envelope;
        }

        public String messageId() {
            return messageId;
        }

        /** How many recipients are in each latest status. */
        public int count(DeliveryStatus status) {
            int n = 0;
            for (DeliveryStatus s : latest.values()) {
                if (s == status) {
                    n++;
                }
            }
            return n;
        }
    }
}
