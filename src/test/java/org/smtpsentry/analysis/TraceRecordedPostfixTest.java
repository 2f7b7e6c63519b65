package org.smtpsentry.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpsentry.cli.Main;

/**
 * trace on the log a real Postfix 3.7 wrote in the end-to-end recording (the fixture without its annotations): a
 * message sent over submission with STARTTLS and AUTH PLAIN, one recipient delivered, one deferred.
 */
class TraceRecordedPostfixTest {
    private static final Path RECORDED = Path.of("src/test/resources/fixtures/syslog/postfix-3.7-recorded.log");

    @TempDir
    Path dir;

    private Path log() throws IOException {
        List<String> lines = Files.readAllLines(RECORDED).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                .toList();
        Path log = dir.resolve("mail.log");
        Files.write(log, lines);
        Files.setLastModifiedTime(log, java.nio.file.attribute.FileTime.from(
                java.time.Instant.parse("2026-11-23T23:59:59Z")));
        return log;
    }

    @Test
    void aMessageByQueueId() throws IOException {
        Map<String, Object> m = TraceEveryFormatTest.onlyMessage(
                TraceEveryFormatTest.trace(List.of(log()), "49AED220105", "--session"));
        Map<String, Object> cameIn = TraceEveryFormatTest.map(m.get("cameIn"));
        assertEquals("127.0.0.7", cameIn.get("clientIp"));
        assertEquals("mail postfix/submission/smtpd[28230]", cameIn.get("session"));
        assertEquals(true, cameIn.get("tls"));
        assertEquals("PLAIN", cameIn.get("authMechanism"));
        assertEquals("honest@example.test", cameIn.get("login"));
        assertEquals("honest@example.test", m.get("mailFrom"));
        assertEquals("the-login", m.get("senderMatchesLogin"));
        assertEquals("20261123132201.028228@vm", m.get("messageId"));
        List<Object> deliveries = TraceEveryFormatTest.list(m.get("deliveries"));
        assertTrue(deliveries.stream().anyMatch(d -> "friend@far.test".equals(TraceEveryFormatTest.map(d)
                .get("recipient")) && "deferred".equals(TraceEveryFormatTest.map(d).get("status"))), deliveries.toString());
        assertTrue(deliveries.stream().anyMatch(d -> "sales@example.test".equals(TraceEveryFormatTest.map(d)
                .get("recipient")) && "sent".equals(TraceEveryFormatTest.map(d).get("status"))), deliveries.toString());
        assertEquals("queued", TraceEveryFormatTest.map(m.get("now")).get("state"));
        List<Object> session = TraceEveryFormatTest.list(m.get("sessionLines"));
        assertTrue(TraceEveryFormatTest.map(session.get(0)).get("text").toString().contains("connect from unknown[127.0.0.7]"));
        assertTrue(TraceEveryFormatTest.map(session.get(session.size() - 1)).get("text").toString()
                .contains("disconnect from"));
    }

    @Test
    void aRequeuedMessageByMessageIdHasBothQueueIds() throws IOException {
        Map<String, Object> json = TraceEveryFormatTest.trace(List.of(log()), "<20261123132201.028243@vm>");
        List<Object> messages = TraceEveryFormatTest.list(json.get("messages"));
        assertEquals(List.of("8CF1E220114", "09E1722015F"),
                messages.stream().map(o -> TraceEveryFormatTest.map(o).get("queueId")).toList());
    }

    @Test
    void theTerminalReportTellsTheStory() throws IOException {
        StringWriter out = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "trace", "--timezone", "UTC",
                "49AED220105", log().toString());
        assertEquals(0, status);
        String text = out.toString();
        assertTrue(text.contains("AUTH       PLAIN as honest@example.test"), text);
        assertTrue(text.contains("Now: still queued"), text);
        assertTrue(text.contains("friend@far.test"), text);
    }
}
