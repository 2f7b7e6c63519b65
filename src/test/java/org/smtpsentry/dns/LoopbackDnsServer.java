package org.smtpsentry.dns;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * A small authoritative DNS server for tests, on 127.0.0.1 (UDP and TCP on the same port), built with dnsjava's
 * message classes. It answers from the records a test gives ("name TYPE rdata" lines), NXDOMAIN for names it does
 * not know, SERVFAIL for names marked failing, and nothing at all for names marked silent. UDP answers over 512
 * bytes are truncated, so clients retry over TCP as they must.
 */
final class LoopbackDnsServer implements AutoCloseable {
    private final List<Record> records = Collections.synchronizedList(new ArrayList<>());
    private final Set<Name> failing = ConcurrentHashMap.newKeySet();
    private final Set<Name> silent = ConcurrentHashMap.newKeySet();
    private final List<String> questions = Collections.synchronizedList(new ArrayList<>());
    private final DatagramSocket udp;
    private final ServerSocket tcp;
    private volatile boolean running = true;

    LoopbackDnsServer() throws IOException {
        DatagramSocket u = null;
        ServerSocket t = null;
        for (int attempt = 0; attempt < 20 && t == null; attempt++) {
            u = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            try {
                t = new ServerSocket(u.getLocalPort(), 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                u.close();
            }
        }
        if (t == null) {
            throw new IOException("no free port for both UDP and TCP");
        }
        udp = u;
        tcp = t;
        Thread.ofVirtual().start(this::serveUdp);
        Thread.ofVirtual().start(this::serveTcp);
    }

    /** Adds records given as zone lines: "mx.example.test. A 192.0.2.25", "example.test. TXT \"v=spf1 -all\"". */
    LoopbackDnsServer zone(String... lines) throws IOException {
        for (String line : lines) {
            String[] parts = line.split("\\s+", 3);
            records.add(Record.fromString(Name.fromString(parts[0]), Type.value(parts[1]), DClass.IN, 300, parts[2],
                    Name.root));
        }
        return this;
    }

    LoopbackDnsServer failing(String name) throws IOException {
        failing.add(Name.fromString(name));
        return this;
    }

    LoopbackDnsServer silent(String name) throws IOException {
        silent.add(Name.fromString(name));
        return this;
    }

    String address() {
        return "127.0.0.1:" + udp.getLocalPort();
    }

    List<String> questions() {
        return List.copyOf(questions);
    }

    private Message answer(Message query) {
        Record question = query.getQuestion();
        Message response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setFlag(Flags.AA);
        if (question == null) {
            response.getHeader().setRcode(Rcode.FORMERR);
            return response;
        }
        response.addRecord(question, Section.QUESTION);
        Name name = question.getName();
        questions.add(name + " " + Type.string(question.getType()));
        if (failing.contains(name)) {
            response.getHeader().setRcode(Rcode.SERVFAIL);
            return response;
        }
        boolean exists = false;
        synchronized (records) {
            for (Record r : records) {
                if (r.getName().equals(name)) {
                    exists = true;
                    if (r.getType() == question.getType()) {
                        response.addRecord(r, Section.ANSWER);
                    }
                }
            }
        }
        if (!exists) {
            response.getHeader().setRcode(Rcode.NXDOMAIN);
        }
        return response;
    }

    private boolean ignored(Message query) {
        return query.getQuestion() != null && silent.contains(query.getQuestion().getName());
    }

    private void serveUdp() {
        byte[] buffer = new byte[4_096];
        while (running) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                udp.receive(packet);
                Message query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
                if (ignored(query)) {
                    continue;
                }
                byte[] wire = answer(query).toWire(512);
                udp.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
            } catch (IOException e) {
                if (!running) {
                    return;
                }
            }
        }
    }

    private void serveTcp() {
        while (running) {
            try (Socket s = tcp.accept()) {
                s.setSoTimeout(5_000);
                DataInputStream in = new DataInputStream(s.getInputStream());
                byte[] wire = new byte[in.readUnsignedShort()];
                in.readFully(wire);
                Message query = new Message(wire);
                if (ignored(query)) {
                    continue;
                }
                byte[] out = answer(query).toWire();
                DataOutputStream o = new DataOutputStream(s.getOutputStream());
                o.writeShort(out.length);
                o.write(out);
                o.flush();
            } catch (IOException e) {
                if (!running) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        udp.close();
        tcp.close();
    }
}
