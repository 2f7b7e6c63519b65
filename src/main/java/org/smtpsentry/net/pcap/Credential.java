package org.smtpsentry.net.pcap;

import java.time.Instant;

/**
 * A clear-text SMTP AUTH seen on the wire: the account decoded from base64 and, for PLAIN and LOGIN, the password
 * (which reports mask unless asked). {@code password} is null for mechanisms that do not send it (CRAM-MD5).
 */
public record Credential(Instant time, Address client, Address server, int serverPort, String mechanism,
                         String account, String password, Outcome outcome) {

    /** What the server answered to the AUTH. */
    public enum Outcome {
        ACCEPTED, REFUSED, UNANSWERED
    }
}
