package org.smtpsentry.net.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads the captures recorded by {@link RecordedCaptureTest} and committed under src/test/resources/pcap/. */
class RecordedCapturesTest {
    private static final Path DIR = Path.of("src/test/resources/pcap");

    static PcapReport read(Path file, String relay) throws IOException {
        PcapAnalysis analysis = new PcapAnalysis(Organisation.of(List.of(), List.of(relay)),
                new SmtpPorts(SmtpPorts.DEFAULT));
        analysis.read(file);
        PcapReport report = analysis.report();
        assertNull(report.captures().get(0).damage());
        return report;
    }

    /** 127.0.9.66 spoke to six MX servers directly, two of which refused it as listed in XBL. */
    static void assertLoopbackReport(Path file) throws IOException {
        PcapReport report = read(file, "127.0.9.1");
        PcapReport.Host spammer = report.hosts().get(0);
        assertEquals("127.0.9.66", spammer.address().toString(), report.toString());
        assertEquals(6, spammer.sessions());
        assertEquals(6, spammer.directServers());
        assertEquals(0, spammer.relaySessions());
        assertEquals(6, spammer.mailFrom());
        assertEquals(12, spammer.recipients());
        assertEquals(8, spammer.recipientsAccepted());
        assertEquals(List.of(new PcapReport.Counted("RCPT: 554 5.7.1 Service unavailable; Client host [127.0.9.66] "
                + "blocked using zen.spamhaus.org; listed in XBL", 4)), spammer.refusals());
        assertEquals(List.of("127.0.9.12", "127.0.9.11"),
                report.hosts().subList(1, 3).stream().map(h -> h.address().toString()).toList());
        assertTrue(report.hosts().subList(1, 3).stream().noneMatch(PcapReport.Host::bypassesRelay));
        assertEquals(List.of("alice@example.org ACCEPTED", "alice@example.org ACCEPTED", "carol@example.org REFUSED"),
                report.credentials().stream().map(c -> c.account() + " " + c.outcome()).sorted().toList());
        String text = RecordedCaptureTest.pcap("--relay", "127.0.9.1", file.toString());
        assertTrue(text.contains("127.0.9.66 bypasses the relay: SMTP straight to 6 servers"), text);
        assertTrue(text.contains("Credentials exposed on the wire"), text);
        assertTrue(!text.contains("Secret-1"), text);
    }

    /** Three LAN hosts use the relay 10.0.0.2; 10.0.0.66 goes straight to 30 MX servers, 12 of which refuse it. */
    static void assertRelayAndSpammerReport(Path file) throws IOException {
        PcapReport report = read(file, "10.0.0.2");
        assertEquals(4, report.hosts().size(), report.toString());
        PcapReport.Host spammer = report.hosts().get(0);
        assertEquals("10.0.0.66", spammer.address().toString());
        assertEquals(30, spammer.directServers());
        assertEquals(30, spammer.sessions());
        assertEquals(60, spammer.recipients());
        assertEquals(24, spammer.refusals().get(0).count());
        assertTrue(spammer.refusals().get(0).text().contains("listed in XBL"));
        for (PcapReport.Host h : report.hosts().subList(1, 4)) {
            assertEquals(0, h.directSessions(), h.toString());
            assertEquals(List.of(new PcapReport.Counted("10.0.0.2", h.sessions())), h.topServers());
        }
        String text = RecordedCaptureTest.pcap("--relay", "10.0.0.2", file.toString());
        assertTrue(text.contains("10.0.0.66 bypasses the relay: SMTP straight to 30 servers"), text);
    }

    @Test
    void loopbackRecordings() throws IOException {
        assertLoopbackReport(DIR.resolve("loopback.pcap"));
        assertLoopbackReport(DIR.resolve("loopback-sll2.pcap"));
        assertLoopbackReport(DIR.resolve("loopback.pcapng"));
    }

    @Test
    void namespaceRecording() throws IOException {
        assertRelayAndSpammerReport(DIR.resolve("relay-and-spammer.pcap"));
    }
}
