package org.smtpsentry.net.pcap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP connection between a client and an SMTP server, written as IP packets in order: handshake, the lines each
 * side sends (one segment per call), and the close. Tests then reorder, repeat or drop packets.
 */
final class Conversation {
    /** One IP packet of the conversation and when it was sent. */
    record Packet(long epochNanos, byte[] ip, boolean fromClient) {
    }

    private final String client;
    private final int clientPort;
    private final String server;
    private final int serverPort;
    private final boolean ipv6Extensions;
    private long time;
    private int clientSeq = 1000;
    private int serverSeq = 50000;
    final List<Packet> packets = new ArrayList<>();

    Conversation(String client, int clientPort, String server, int serverPort, long startNanos) {
        this(client, clientPort, server, serverPort, startNanos, false);
    }

    Conversation(String client, int clientPort, String server, int serverPort, long startNanos,
                 boolean ipv6Extensions) {
        this.client = client;
        this.clientPort = clientPort;
        this.server = server;
        this.serverPort = serverPort;
        this.time = startNanos;
        this.ipv6Extensions = ipv6Extensions;
    }

    Conversation open() {
        add(true, Frames.SYN, new byte[0]);
        clientSeq++;
        add(false, Frames.SYN | Frames.ACK, new byte[0]);
        serverSeq++;
        add(true, Frames.ACK, new byte[0]);
        return this;
    }

    Conversation server(String... lines) {
        byte[] data = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        add(false, Frames.PSH | Frames.ACK, data);
        serverSeq += data.length;
        return this;
    }

    Conversation serverBytes(byte[] data) {
        add(false, Frames.PSH | Frames.ACK, data);
        serverSeq += data.length;
        return this;
    }

    Conversation client(String... lines) {
        return clientBytes((String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    Conversation clientBytes(byte[] data) {
        add(true, Frames.PSH | Frames.ACK, data);
        clientSeq += data.length;
        return this;
    }

    Conversation close() {
        add(true, Frames.FIN | Frames.ACK, new byte[0]);
        clientSeq++;
        add(false, Frames.FIN | Frames.ACK, new byte[0]);
        serverSeq++;
        add(true, Frames.ACK, new byte[0]);
        return this;
    }

    /** A full relay-style dialogue: greeting, EHLO, MAIL, {@code rcpts} RCPT, DATA, QUIT. */
    Conversation mail(String greeting, String sender, List<String> recipients, String rcptAnswer) {
        open().server(greeting).client("EHLO pc.example.org").server("250-mx", "250 PIPELINING")
                .client("MAIL FROM:<" + sender + "> SIZE=100").server("250 2.1.0 Ok");
        for (String r : recipients) {
            client("RCPT TO:<" + r + ">").server(rcptAnswer);
        }
        if (rcptAnswer.startsWith("2")) {
            client("DATA").server("354 go ahead").client("Subject: hi", "", "RCPT TO:<not-a-command@x>", "..dot",
                    ".").server("250 2.0.0 Ok: queued as ABC");
        }
        return client("QUIT").server("221 bye").close();
    }

    private void add(boolean fromClient, int flags, byte[] payload) {
        time += 1_000_000; // 1 ms apart
        byte[] tcp = fromClient
                ? Frames.tcp(clientPort, serverPort, clientSeq, serverSeq, flags, payload)
                : Frames.tcp(serverPort, clientPort, serverSeq, clientSeq, flags, payload);
        boolean v6 = client.contains(":");
        byte[] ip = fromClient
                ? (v6 ? Frames.ipv6(client, server, tcp, ipv6Extensions) : Frames.ipv4(client, server, tcp))
                : (v6 ? Frames.ipv6(server, client, tcp, ipv6Extensions) : Frames.ipv4(server, client, tcp));
        packets.add(new Packet(time, ip, fromClient));
    }
}
