package org.smtpsentry.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** trace on each format's annotated example (the fixture without its annotations): the forged-sender message. */
class TraceFixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @TempDir
    Path dir;

    private List<Path> logs(String... fixtures) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String f : fixtures) {
            Path source = FIXTURES.resolve(f);
            List<String> lines = Files.readAllLines(source).stream()
                    .filter(l -> !l.startsWith("# ") && !l.startsWith("##") && !l.isBlank()).toList();
            Path log = dir.resolve(source.getFileName());
            Files.write(log, lines);
            Files.setLastModifiedTime(log, java.nio.file.attribute.FileTime.from(Instant.parse("2026-11-22T23:59:59Z")));
            out.add(log);
        }
        return out;
    }

    private Map<String, Object> trace(String id, String... fixtures) throws IOException {
        return TraceEveryFormatTest.onlyMessage(TraceEveryFormatTest.trace(logs(fixtures), id, "--session"));
    }

    private static void forgedBySales(Map<String, Object> m, String login, String ip) {
        Map<String, Object> cameIn = TraceEveryFormatTest.map(m.get("cameIn"));
        assertEquals(login, cameIn.get("login"));
        assertEquals(ip, cameIn.get("clientIp"));
        assertEquals("ceo@forged.example", m.get("mailFrom"));
        assertEquals("not-the-login", m.get("senderMatchesLogin"));
    }

    @Test
    void postfix() throws IOException {
        Map<String, Object> m = trace("4Fv2Qm1kZtz8w", "syslog/postfix-line-types.log");
        forgedBySales(m, "sales@example.com", "198.51.100.4");
        assertEquals(4, TraceEveryFormatTest.list(m.get("deliveries")).size()); // bob@ twice
    }

    @Test
    void exim() throws IOException {
        Map<String, Object> m = trace("<20261122105900.4711@pc01.example.com>", "exim/mainlog-line-types.log");
        forgedBySales(m, "sales@example.com", "198.51.100.4");
        assertEquals("pc01", TraceEveryFormatTest.map(m.get("cameIn")).get("helo"));
        assertEquals("queued", TraceEveryFormatTest.map(m.get("now")).get("state"));
    }

    @Test
    void sendmail() throws IOException {
        Map<String, Object> m = trace("5AMAx0X4004012", "sendmail/sm-mta-line-types.log");
        forgedBySales(m, "sales@example.com", "198.51.100.4");
        assertEquals(true, TraceEveryFormatTest.map(m.get("cameIn")).get("tls"));
        assertEquals(4, TraceEveryFormatTest.list(m.get("deliveries")).size());
    }

    @Test
    void iceWarpWithItsWeakPassword() throws IOException {
        Map<String, Object> m = trace("TUQ42143", "icewarp/s20261122.log");
        forgedBySales(m, "info@example.com", "192.0.2.26");
        Map<String, Object> cameIn = TraceEveryFormatTest.map(m.get("cameIn"));
        assertEquals("the password is the user name", cameIn.get("weakPassword"));
        List<Object> session = TraceEveryFormatTest.list(m.get("sessionLines"));
        for (Object line : session) {
            String text = TraceEveryFormatTest.map(line).get("text").toString();
            assertEquals(false, text.contains("aW5mbw=="), "a password line is never printed: " + text);
        }
    }

    @Test
    void exchangeFromAllThreeLogs() throws IOException {
        Map<String, Object> m = trace("12884901889", "exchange/RECV2026112210-1.log", "exchange/SEND2026112210-1.log",
                "exchange/MSGTRK2026112210-1.log");
        forgedBySales(m, "sales@example.com", "198.51.100.4");
        Map<String, Object> now = TraceEveryFormatTest.map(m.get("now"));
        assertEquals("queued", now.get("state"));
        assertEquals(1, ((Number) now.get("delivered")).intValue());
        assertEquals(1, ((Number) now.get("bounced")).intValue());
    }
}
