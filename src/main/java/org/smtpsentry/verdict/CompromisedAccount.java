package org.smtpsentry.verdict;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A SASL login used to relay spam. {@code reasons} are the rule's findings in words ("212 external recipients
 * within 1h, 97% undeliverable"); {@code ips} the client addresses it logged in from; the peak and usual rates are
 * messages per hour, the usual one over the account's active hours before it was flagged (0 when it had none);
 * {@code messagesPerHour} holds its messages in each clock hour with any (the hour's start), for a timeline.
 */
public record CompromisedAccount(String login, Span span, Traffic traffic, List<ClientIp> ips,
                                 int peakPerHour, double usualPerHour, Map<Instant, Integer> messagesPerHour,
                                 List<String> reasons, Evidence evidence)
        implements Verdict {

    /** A client address of the account: messages sent from it, and whether it was new when the abuse began. */
    public record ClientIp(String ip, int messages, boolean isNew) {
    }

    public CompromisedAccount {
        ips = List.copyOf(ips);
        messagesPerHour = Map.copyOf(messagesPerHour);
        reasons = List.copyOf(reasons);
    }

    @Override
    public String subject() {
        return login;
    }
}
