package org.smtpsentry.net.pcap;

/** One TCP connection to an SMTP port: its key, both directions and the dialogue read from them. */
final class Flow {
    final long clientHigh;
    final long clientLow;
    final int clientPort;
    final long serverHigh;
    final long serverLow;
    final int serverPort;
    final int hash;
    Flow next;
    final Session session;
    final SmtpDialogue dialogue;
    final Direction toServer;
    final Direction fromServer;
    int clientInitialSequence;
    long lastNanos;

    Flow(long clientHigh, long clientLow, int clientPort, long serverHigh, long serverLow, int serverPort, int hash,
         long startNanos, Oddities oddities) {
        this.clientHigh = clientHigh;
        this.clientLow = clientLow;
        this.clientPort = clientPort;
        this.serverHigh = serverHigh;
        this.serverLow = serverLow;
        this.serverPort = serverPort;
        this.hash = hash;
        this.session = new Session(new Address(clientHigh, clientLow), new Address(serverHigh, serverLow), serverPort,
                startNanos);
        this.dialogue = new SmtpDialogue(session);
        Runnable gap = () -> {
            session.gaps++;
            oddities.add(Oddity.STREAM_GAP);
        };
        this.toServer = new Direction(dialogue.client, gap);
        this.fromServer = new Direction(dialogue.server, gap);
    }

    boolean is(long ch, long cl, int cp, long sh, long sl, int sp) {
        return clientLow == cl && serverLow == sl && clientPort == cp && serverPort == sp && clientHigh == ch
                && serverHigh == sh;
    }
}
