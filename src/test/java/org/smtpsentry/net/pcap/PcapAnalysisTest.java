package org.smtpsentry.net.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PcapAnalysisTest {
    private static final long T0 = 1_795_000_000_000_000_000L; // 2026-11-18
    private static final List<String> TWO = List.of("a@example.net", "b@example.net");

    @TempDir
    Path dir;

    private static Conversation relayMail(String client, int port) {
        return new Conversation(client, port, "10.0.0.2", 587, T0).mail("220 relay.example.org ESMTP",
                "alice@example.org", TWO, "250 2.1.5 Ok");
    }

    private PcapReport analyse(byte[] capture, String... relays) throws IOException {
        Path file = Files.write(dir.resolve("capture.pcap"), capture);
        PcapAnalysis analysis = new PcapAnalysis(Organisation.of(List.of(), List.of(relays)),
                new SmtpPorts(SmtpPorts.DEFAULT));
        analysis.read(file);
        return analysis.report();
    }

    private static byte[] pcap(ByteOrder order, boolean nanos, int linkType, Function<byte[], byte[]> link,
                               List<Conversation.Packet> packets) {
        CaptureWriter w = CaptureWriter.pcap(order, nanos, linkType);
        for (Conversation.Packet p : packets) {
            w.packet(p.epochNanos(), link.apply(p.ip()));
        }
        return w.bytes();
    }

    private static void assertOneRelayedMessage(PcapReport report, String host) {
        assertEquals(1, report.hosts().size(), report.toString());
        PcapReport.Host h = report.hosts().get(0);
        assertEquals(host, h.address().toString());
        assertEquals(1, h.sessions());
        assertEquals(1, h.mailFrom());
        assertEquals(2, h.recipients());
        assertEquals(2, h.recipientsAccepted());
        assertEquals(1, h.messages());
        assertEquals(List.of(new PcapReport.Counted("220 relay.example.org ESMTP", 1)), h.greetings());
        assertEquals(0, h.directSessions());
        assertNull(report.captures().get(0).damage());
    }

    @Test
    void readsClassicPcapInBothByteOrdersWithMicroAndNanoseconds() throws IOException {
        List<Conversation.Packet> packets = relayMail("10.0.0.11", 40000).packets;
        for (ByteOrder order : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
            for (boolean nanos : List.of(false, true)) {
                PcapReport report = analyse(pcap(order, nanos, 1, Frames::ethernet, packets), "10.0.0.2");
                assertOneRelayedMessage(report, "10.0.0.11");
                long expected = nanos ? packets.get(0).epochNanos() : packets.get(0).epochNanos() / 1000 * 1000;
                assertEquals(expected / 1_000_000_000L, report.hosts().get(0).first().getEpochSecond());
                assertEquals(expected % 1_000_000_000L, report.hosts().get(0).first().getNano(), order + " " + nanos);
            }
        }
    }

    @Test
    void readsEveryLinkType() throws IOException {
        List<Conversation.Packet> packets = relayMail("192.168.1.20", 40001).packets;
        assertOneRelayedMessage(analyse(pcap(ByteOrder.LITTLE_ENDIAN, false, 1, ip -> Frames.ethernet(ip, 10),
                packets), "10.0.0.2"), "192.168.1.20");
        assertOneRelayedMessage(analyse(pcap(ByteOrder.LITTLE_ENDIAN, false, 1, ip -> Frames.ethernet(ip, 100, 10),
                packets), "10.0.0.2"), "192.168.1.20");
        assertOneRelayedMessage(analyse(pcap(ByteOrder.LITTLE_ENDIAN, false, 113, Frames::sll, packets),
                "10.0.0.2"), "192.168.1.20");
        assertOneRelayedMessage(analyse(pcap(ByteOrder.BIG_ENDIAN, false, 276, Frames::sll2, packets),
                "10.0.0.2"), "192.168.1.20");
        assertOneRelayedMessage(analyse(pcap(ByteOrder.BIG_ENDIAN, false, 101, ip -> ip, packets),
                "10.0.0.2"), "192.168.1.20");
        assertOneRelayedMessage(analyse(pcap(ByteOrder.BIG_ENDIAN, false, 228, ip -> ip, packets),
                "10.0.0.2"), "192.168.1.20");
        assertOneRelayedMessage(analyse(pcap(ByteOrder.LITTLE_ENDIAN, false, 0, PcapAnalysisTest::bsdLoopback,
                packets), "10.0.0.2"), "192.168.1.20");
    }

    @Test
    void readsIpv6WithExtensionHeaders() throws IOException {
        Conversation c = new Conversation("fd00::11", 40002, "2001:db8::25", 25, T0, true)
                .mail("220 mx.example.net ESMTP", "x@example.org", TWO, "250 ok");
        PcapReport report = analyse(pcap(ByteOrder.LITTLE_ENDIAN, false, 1, Frames::ethernet, c.packets));
        PcapReport.Host h = report.hosts().get(0);
        assertEquals("fd00::11", h.address().toString());
        assertEquals(2, h.recipients());
        assertEquals(1, h.directServers());
        assertEquals(List.of(new PcapReport.Counted("2001:db8::25", 1)), h.topServers());
    }

    @Test
    void readsPcapngWithInterfacesOfTheirOwnLinkTypeAndResolution() throws IOException {
        List<Conversation.Packet> packets = relayMail("10.0.0.12", 40003).packets;
        for (ByteOrder order : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
            CaptureWriter w = CaptureWriter.pcapng(order).pcapngInterface(1, -1).pcapngInterface(276, 9)
                    .otherBlock(4, new byte[] {0, 0, 0, 0});
            for (int i = 0; i < packets.size(); i++) {
                Conversation.Packet p = packets.get(i);
                if (i % 2 == 0) {
                    w.packet(0, 1_000_000, p.epochNanos(), Frames.ethernet(p.ip()));
                } else {
                    w.packet(1, 1_000_000_000, p.epochNanos(), Frames.sll2(p.ip()));
                }
            }
            PcapReport report = analyse(w.bytes(), "10.0.0.2");
            assertOneRelayedMessage(report, "10.0.0.12");
            assertEquals(packets.size(), report.captures().get(0).packets());
            assertEquals(packets.get(0).epochNanos() % 1_000_000_000L, report.hosts().get(0).first().getNano());
        }
    }

    @Test
    void readsSimplePacketBlocks() throws IOException {
        CaptureWriter w = CaptureWriter.pcapng(ByteOrder.LITTLE_ENDIAN).pcapngInterface(101, 6);
        for (Conversation.Packet p : relayMail("10.0.0.13", 40004).packets) {
            w.simplePacket(p.ip());
        }
        PcapReport report = analyse(w.bytes(), "10.0.0.2");
        assertEquals(1, report.hosts().get(0).messages());
    }

    @Test
    void reassemblesOutOfOrderAndRetransmittedSegments() throws IOException {
        Conversation c = new Conversation("10.0.0.14", 40005, "10.0.0.2", 25, T0).open().server("220 relay")
                .client("EHLO pc").server("250 PIPELINING")
                .client("MAIL FROM:<a@example.org>").client("RCPT TO:<b@example.net>").client("RCPT TO:<c@x.net>")
                .client("DATA").server("250 ok").server("250 ok").server("250 ok").server("354 go on")
                .client("Subject: x").client("RCPT TO:<in-content@x>").client(".").server("250 queued")
                .client("QUIT").server("221 bye").close();
        List<Conversation.Packet> packets = c.packets;
        // swap neighbours sent in the same direction and send the earlier one again (a retransmission)
        List<Conversation.Packet> reordered = new ArrayList<>();
        for (int i = 0; i < packets.size(); i++) {
            Conversation.Packet p = packets.get(i);
            if (i + 1 < packets.size() && packets.get(i + 1).fromClient() == p.fromClient() && i % 2 == 0) {
                reordered.add(packets.get(i + 1));
                reordered.add(p);
                reordered.add(packets.get(i + 1));
                i++;
            } else {
                reordered.add(p);
            }
        }
        PcapReport report = analyse(pcap(ByteOrder.LITTLE_ENDIAN, false, 101, ip -> ip, reordered), "10.0.0.2");
        PcapReport.Host h = report.hosts().get(0);
        assertEquals(1, h.mailFrom());
        assertEquals(2, h.recipients());
        assertEquals(2, h.recipientsAccepted());
        assertEquals(1, h.messages());
    }

    @Test
    void clientSegmentsInRandomOrderStillGiveTheDialogue() throws IOException {
        Conversation c = new Conversation("10.0.0.15", 40006, "10.0.0.2", 25, T0).open().server("220 hi");
        byte[] all = "EHLO x\r\nMAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\nRCPT TO:<e@f>\r\nQUIT\r\n".getBytes();
        for (int i = 0; i < all.length; i += 5) {
            c.clientBytes(Arrays.copyOfRange(all, i, Math.min(all.length, i + 5)));
        }
        List<Conversation.Packet> packets = new ArrayList<>(c.packets);
        Collections.shuffle(packets.subList(4, packets.size()), new Random(7));
        PcapReport report = analyse(pcap(ByteOrder.LITTLE_ENDIAN, false, 101, ip -> ip, packets), "10.0.0.2");
        assertEquals(2, report.hosts().get(0).recipients());
        assertEquals(1, report.hosts().get(0).mailFrom());
    }

    @Test
    void aStreamCutAtTheCaptureStartIsReadFromTheNextLine() throws IOException {
        List<Conversation.Packet> packets = relayMail("10.0.0.16", 40007).packets;
        // the capture begins after the greeting and EHLO: the first packet is the server's 250 reply
        PcapReport report = analyse(pcap(ByteOrder.LITTLE_ENDIAN, false, 101, ip -> ip,
                packets.subList(6, packets.size())), "10.0.0.2");
        PcapReport.Host h = report.hosts().get(0);
        assertEquals(1, h.sessions());
        assertEquals(2, h.recipients());
        assertEquals(1, h.messages());
    }

    @Test
    void aReplyMissingFromTheCaptureButAcknowledgedDoesNotShiftTheDialogue() throws IOException {
        Conversation c = new Conversation("10.0.0.22", 40014, "198.51.100.9", 25, T0).open().server("220 mx")
                .client("EHLO pc").server("250-mx", "250 8BITMIME").client("MAIL FROM:<a@example.org>")
                .server("250 ok").client("RCPT TO:<b@example.net>").server("554 5.7.1 listed in XBL")
                .client("QUIT").server("221 bye").close();
        List<Conversation.Packet> packets = new ArrayList<>(c.packets);
        packets.remove(5); // the EHLO reply: the client's MAIL packet acknowledges it all the same
        PcapReport.Host h = analyse(pcap(ByteOrder.LITTLE_ENDIAN, false, 101, ip -> ip, packets)).hosts().get(0);
        assertEquals(List.of(new PcapReport.Counted("RCPT: 554 5.7.1 listed in XBL", 1)), h.refusals());
        assertEquals(0, h.recipientsAccepted());
    }

    @Test
    void aClientOnPort2525IsStillTheClient() throws IOException {
        PcapReport report = analyse(pcap(ByteOrder.LITTLE_ENDIAN, false, 101, ip -> ip,
                relayMail("10.0.0.23", 2525).packets), "10.0.0.2");
        assertOneRelayedMessage(report, "10.0.0.23");
    }

    @Test
    void boundsTheConnectionsFollowedAtOnce() throws IOException {
        CaptureWriter w = CaptureWriter.pcap(ByteOrder.LITTLE_ENDIAN, false, 101);
        byte[] syn = Frames.ipv4("10.0.0.24", "198.51.100.1", Frames.tcp(1, 25, 0, 0, Frames.SYN, new byte[0]));
        for (int i = 0; i <= Flows.MAX_OPEN; i++) { // a SYN flood from five hosts
            syn[15] = (byte) (i / 60_000);
            syn[20] = (byte) ((1024 + i % 60_000) >>> 8);
            syn[21] = (byte) (1024 + i % 60_000);
            w.packet(T0, syn);
        }
        syn[15] = 9;
        w.packet(T0 + 301_000_000_000L, syn); // silent for five minutes: the old ones are taken as ended
        PcapReport report = analyse(w.bytes());
        assertEquals(List.of(new Oddities.Tally(Oddity.FLOW_LIMIT, 1, capturePlace(Flows.MAX_OPEN + 1))),
                report.skipped());
        assertEquals(Flows.MAX_OPEN + 1, report.sessions());
    }

    @Test
    void readsADialogueSplitByteByByteWithOversizedLinesAndBdat() throws IOException {
        String client = "EHLO pc\r\nMAIL FROM:<" + "x".repeat(3000) + "@example.org>\r\nRCPT TO:<a@example.net>\r\n"
                + "BDAT 22 LAST\r\nRCPT TO:<in-chunk@x>\r\nRCPT TO:<b@example.net>\r\nQUIT\r\n";
        String server = "220 mx\r\n250 mx\r\n250 ok\r\n250 ok\r\n250 2.0.0 queued\r\n550 5.1.1 unknown\r\n221 bye\r\n";
        Conversation c = new Conversation("10.0.0.25", 40015, "198.51.100.9", 25, T0).open();
        for (byte b : server.substring(0, 8).getBytes()) {
            c.serverBytes(new byte[] {b});
        }
        for (byte b : client.getBytes()) {
            c.clientBytes(new byte[] {b});
        }
        for (byte b : server.substring(8).getBytes()) {
            c.serverBytes(new byte[] {b});
        }
        PcapReport.Host h = analyse(pcap(ByteOrder.LITTLE_ENDIAN, false, 101, ip -> ip, c.close().packets))
                .hosts().get(0);
        assertEquals(1, h.mailFrom());
        assertEquals(2, h.recipients(), "the BDAT chunk is content, not commands");
        assertEquals(1, h.recipientsAccepted());
        assertEquals(1, h.messages());
        assertEquals(List.of(new PcapReport.Counted("RCPT: 550 5.1.1 unknown", 1)), h.refusals());
        assertTrue(h.senders().get(0).text().length() <= 200, "an oversized line is read in part");
    }

    @Test
    void decodesClearTextAuthAndMasksThePassword() throws IOException {
        String plain = java.util.Base64.getEncoder().encodeToString("\0bob@example.org\0s3cret".getBytes());
        Conversation c = new Conversation("10.0.0.17", 40008, "10.0.0.2", 587, T0).open().server("220 relay")
                .client("EHLO pc").server("250-relay", "250 AUTH PLAIN LOGIN")
                .client("AUTH PLAIN " + plain).server("235 2.7.0 Authentication successful")
                .client("AUTH LOGIN").server("334 VXNlcm5hbWU6").client("Y2Fyb2xAZXhhbXBsZS5vcmc=")
                .server("334 UGFzc3dvcmQ6").client("d3Jvbmc=").server("535 5.7.8 Error: authentication failed")
                .client("QUIT").server("221 bye").close();
        PcapReport report = analyse(pcap(ByteOrder.LITTLE_ENDIAN, false, 101, ip -> ip, c.packets), "10.0.0.2");
        List<Credential> creds = report.credentials();
        assertEquals(2, creds.size());
        assertEquals("bob@example.org", creds.get(0).account());
        assertEquals("s3cret", creds.get(0).password());
        assertEquals(Credential.Outcome.ACCEPTED, creds.get(0).outcome());
        assertEquals("carol@example.org", creds.get(1).account());
        assertEquals("wrong", creds.get(1).password());
        assertEquals(Credential.Outcome.REFUSED, creds.get(1).outcome());
        assertEquals(List.of(new PcapReport.Counted("AUTH: 535 5.7.8 Error: authentication failed", 1)),
                report.hosts().get(0).refusals());

        java.io.StringWriter text = new java.io.StringWriter();
        PcapReportText.write(report, new java.io.PrintWriter(text), org.smtpsentry.text.Palette.PLAIN, false);
        assertTrue(text.toString().contains("Credentials exposed on the wire"), text.toString());
        assertTrue(text.toString().contains("bob@example.org"));
        assertTrue(!text.toString().contains("s3cret") && !text.toString().contains("wrong"), text.toString());
        text = new java.io.StringWriter();
        PcapReportText.write(report, new java.io.PrintWriter(text), org.smtpsentry.text.Palette.PLAIN, true);
        assertTrue(text.toString().contains("s3cret"));
    }

    @Test
    void stopsReadingAtStartTlsAndOnPort465() throws IOException {
        Conversation tls = new Conversation("10.0.0.18", 40009, "198.51.100.7", 25, T0).open().server("220 mx")
                .client("EHLO pc").server("250 STARTTLS").client("STARTTLS").server("220 go ahead")
                .clientBytes(new byte[] {0x16, 3, 1, 0, 5, 'M', 'A', 'I', 'L', '\n'}).close();
        Conversation implicit = new Conversation("10.0.0.18", 40010, "198.51.100.8", 465, T0)
                .open().clientBytes("MAIL FROM:<x@y>\r\n".getBytes()).close();
        List<Conversation.Packet> all = new ArrayList<>(tls.packets);
        all.addAll(implicit.packets);
        PcapReport.Host h = analyse(pcap(ByteOrder.LITTLE_ENDIAN, false, 101, ip -> ip, all)).hosts().get(0);
        assertEquals(2, h.sessions());
        assertEquals(2, h.encrypted());
        assertEquals(0, h.mailFrom());
    }

    @Test
    void namesTheDamageOfATruncatedCapture() throws IOException {
        byte[] whole = pcap(ByteOrder.LITTLE_ENDIAN, false, 101, ip -> ip, relayMail("10.0.0.19", 40011).packets);
        byte[] cut = Arrays.copyOf(whole, whole.length - 10);
        PcapReport report = analyse(cut, "10.0.0.2");
        long total = relayMail("10.0.0.19", 40011).packets.size();
        assertEquals("%s: packet %d truncated at byte %,d (%d of %d bytes); %d packets read".formatted(
                dir.resolve("capture.pcap"), total, cut.length, 40 - 10, 40, total - 1),
                report.captures().get(0).damage());
        assertEquals(1, report.hosts().size(), "the packets before the damage are reported");
        assertTrue(report.damaged());
    }

    @Test
    void namesAMalformedRecordHeaderAndAForeignFile() throws IOException {
        byte[] whole = pcap(ByteOrder.LITTLE_ENDIAN, false, 101, ip -> ip, relayMail("10.0.0.19", 40012).packets);
        byte[] bad = whole.clone();
        bad[24 + 8] = (byte) 0xff; // first record: incl_len 0x...ff
        bad[24 + 11] = (byte) 0x7f;
        assertTrue(analyse(bad).captures().get(0).damage().contains("packet 1 at byte 24 claims"),
                analyse(bad).captures().get(0).damage());
        assertTrue(analyse("hello, world".getBytes()).captures().get(0).damage()
                .contains("not a pcap or pcapng capture (it starts with 0x68656c6c)"));
        assertTrue(analyse(new byte[0]).captures().get(0).damage().contains("empty file"));
    }

    @Test
    void readsGzipCapturesAndNamesACutOne() throws IOException {
        byte[] plain = pcap(ByteOrder.BIG_ENDIAN, true, 1, Frames::ethernet, relayMail("10.0.0.20", 40013).packets);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(plain);
        }
        assertOneRelayedMessage(analyse(gz.toByteArray(), "10.0.0.2"), "10.0.0.20");
        byte[] cut = Arrays.copyOf(gz.toByteArray(), gz.size() / 2);
        String damage = analyse(cut, "10.0.0.2").captures().get(0).damage();
        assertTrue(damage.contains("truncated") && damage.contains("gzip file is cut short"), damage);
    }

    @Test
    void countsFragmentsAndGarbageWithoutFailing() throws IOException {
        byte[] tcp = Frames.tcp(40000, 25, 1, 1, Frames.ACK, "MAIL FROM:<a@b>\r\n".getBytes());
        CaptureWriter w = CaptureWriter.pcap(ByteOrder.LITTLE_ENDIAN, false, 101);
        w.packet(T0, Frames.ipv4("10.0.0.21", "198.51.100.1", tcp, new byte[0], 0x2000)); // more fragments
        w.packet(T0, Frames.ipv4("10.0.0.21", "198.51.100.1", tcp, new byte[] {1, 1, 1, 0}, 0)); // with options
        w.packet(T0, new byte[] {0x45, 0, 0});
        w.packet(T0, new byte[] {0x00});
        PcapReport report = analyse(w.bytes());
        assertEquals(List.of(Oddity.NOT_IP, Oddity.CUT_HEADERS, Oddity.IP_FRAGMENT),
                report.skipped().stream().map(Oddities.Tally::kind).toList());
        assertEquals(capturePlace(3), report.skipped().get(1).firstSeen());
        assertEquals(1, report.hosts().get(0).mailFrom(), "the packet with IP options is read");
    }

    /** BSD loopback framing: the address family (AF_INET, 2) in the capturing host's (little-endian) order. */
    private static byte[] bsdLoopback(byte[] ip) {
        byte[] frame = new byte[4 + ip.length];
        frame[0] = 2;
        System.arraycopy(ip, 0, frame, 4, ip.length);
        return frame;
    }

    private String capturePlace(int packet) {
        return dir.resolve("capture.pcap") + " packet " + org.smtpsentry.text.Numbers.count(packet);
    }
}
