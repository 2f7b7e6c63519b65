package org.smtpsentry.verdict;

import java.util.List;

/**
 * What a sender (a login, a local uid) sent: messages by queue id, recipients by (message, recipient),
 * how many of them are outside the server's own domains, and how many could not be delivered.
 * {@code topDomains} lists the recipient domains with the most recipients, most first.
 */
public record Traffic(int messages, int recipients, int recipientDomains, int externalRecipients,
                      int undeliverable, int forgedSender, List<Count> topDomains) {

    public Traffic {
        topDomains = List.copyOf(topDomains);
    }

    /** A name and how often it was seen. */
    public record Count(String name, int count) {
    }

    public double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
