package org.smtpsentry.net.pcap;

import java.util.ArrayList;
import java.util.List;

/** What one SMTP connection showed, filled in while its packets are read. */
final class Session {
    static final int MAX_ANSWERS = 8;
    static final int MAX_SENDERS = 8;

    final Address client;
    final Address server;
    final int serverPort;
    final long startNanos;
    boolean handshakeSeen;
    boolean serverSpoke;
    boolean encrypted;
    String greeting;
    String helo;
    final List<String> refusals = new ArrayList<>(0);
    final List<String> senders = new ArrayList<>(0);
    final List<Credential> credentials = new ArrayList<>(0);
    int mailFrom;
    int recipients;
    int recipientsAccepted;
    int messages;
    int gaps;

    Session(Address client, Address server, int serverPort, long startNanos) {
        this.client = client;
        this.server = server;
        this.serverPort = serverPort;
        this.startNanos = startNanos;
    }

    void refusal(String answer) {
        if (refusals.size() < MAX_ANSWERS) {
            refusals.add(answer);
        }
    }

    void sender(String address) {
        if (senders.size() < MAX_SENDERS && !senders.contains(address)) {
            senders.add(address);
        }
    }
}
