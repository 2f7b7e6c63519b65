package org.smtpsentry.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpsentry.cli.Main;

/** {@code trace --session}: the whole SMTP session around a message, read back from the logs, passwords masked. */
class TraceSessionTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @TempDir
    Path dir;

    @Test
    void iceWarpShowsTheWholeDialogueInOrder() throws IOException {
        List<String> lines = sessionTexts(trace("TUQ42143", fixture("icewarp/s20261122.log")));
        assertEquals("192.0.2.26 [0D38] 10:57:43 Connected", lines.get(0));
        assertEquals("192.0.2.26 [0D38] 10:59:11 Disconnected", lines.get(lines.size() - 1));
        assertTrue(lines.stream().allMatch(l -> l.startsWith("192.0.2.26 [0D38] ")), "only its own session: " + lines);
        inOrder(lines, "<<< MAIL From:<ceo@forged.example>", ">>> 250 2.1.0", "<<< RCPT To:<bob@nowhere.example>",
                ">>> 250 2.1.5 <bob@nowhere.example>", "<<< RCPT To:<amy@example.net>",
                ">>> 250 2.1.5 <amy@example.net>", "<<< DATA", ">>> 354 ", ">>> 250 2.6.0",
                "*** <ceo@forged.example>", "<<< QUIT");
        assertEquals(22, lines.size(), "every line of [0D38]: " + lines);
    }

    @Test
    void exchangeShowsTheWholeDialogueInOrder() throws IOException {
        Map<String, Object> m = trace("12884901889", fixture("exchange/RECV2026112210-1.log"),
                fixture("exchange/SEND2026112210-1.log"), fixture("exchange/MSGTRK2026112210-1.log"));
        List<String> lines = sessionTexts(m);
        assertTrue(lines.stream().allMatch(l -> l.contains(",08DE0A1B2C3D4E02,")), "only its own session: " + lines);
        assertTrue(lines.get(0).endsWith(",+,,"), lines.get(0));
        assertTrue(lines.get(lines.size() - 1).endsWith(",-,,Local"), lines.get(lines.size() - 1));
        inOrder(lines, ",<,MAIL FROM:<ceo@forged.example> SIZE=1843,", ",>,250 2.1.0 Sender OK,",
                ",<,RCPT TO:<bob@nowhere.example>,", ",>,250 2.1.5 Recipient OK,", ",<,RCPT TO:<amy@example.net>,",
                ",>,250 2.1.5 Recipient OK,", ",<,DATA,", ",>,354 Start mail input", "Queued mail for delivery");
        assertEquals(20, lines.size(), "sequence numbers 0 to 19: " + lines);
        assertEquals(0, ((Number) m.get("sessionLinesOmitted")).intValue());
        assertTrue(TraceEveryFormatTest.list(m.get("sessionCaveats")).isEmpty());
    }

    @Test
    void postfixShowsTheSmtpdProcessFromConnectToDisconnect() throws IOException {
        Path log = write("mail.log",
                "Nov 22 10:58:59 mail postfix/submission/smtpd[4013]: connect from unknown[198.51.100.4]",
                "Nov 22 10:58:59 mail postfix/smtpd[4020]: connect from unknown[203.0.113.9]",
                "Nov 22 10:58:59 mail postfix/submission/smtpd[4013]: Anonymous TLS connection established from"
                        + " unknown[198.51.100.4]: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
                "Nov 22 10:59:00 mail postfix/submission/smtpd[4013]: 4Fv2Qm1kZtz8w: client=unknown[198.51.100.4],"
                        + " sasl_method=LOGIN, sasl_username=sales@example.com",
                "Nov 22 10:59:00 mail postfix/cleanup[4100]: 4Fv2Qm1kZtz8w: message-id=<1@pc01.example.com>",
                "Nov 22 10:59:00 mail postfix/submission/smtpd[4013]: warning: non-SMTP command from"
                        + " unknown[198.51.100.4]: X-HELLO",
                "Nov 22 10:59:00 mail postfix/qmgr[900]: 4Fv2Qm1kZtz8w: from=<ceo@forged.example>, size=1843,"
                        + " nrcpt=1 (queue active)",
                "Nov 22 10:59:01 mail postfix/smtpd[4020]: disconnect from unknown[203.0.113.9] ehlo=1 commands=1",
                "Nov 22 10:59:01 mail postfix/submission/smtpd[4013]: disconnect from unknown[198.51.100.4] ehlo=2"
                        + " starttls=1 auth=1 mail=1 rcpt=1 data=1 unknown=0/1 quit=1 commands=8/9",
                "Nov 22 10:59:02 mail postfix/submission/smtpd[4013]: connect from unknown[198.51.100.5]",
                "Nov 22 10:59:03 mail postfix/smtp[4200]: 4Fv2Qm1kZtz8w: to=<amy@example.net>,"
                        + " relay=mx.example.net[192.0.2.10]:25, delay=1, delays=0/0/0.5/0.5, dsn=2.0.0, status=sent"
                        + " (250 2.0.0 Ok)");
        Map<String, Object> m = trace("4Fv2Qm1kZtz8w", log);
        List<String> lines = sessionTexts(m);
        assertEquals(5, lines.size(), "smtpd[4013] from its connect to its disconnect: " + lines);
        assertTrue(lines.stream().allMatch(l -> l.contains(" postfix/submission/smtpd[4013]: ")), lines.toString());
        assertTrue(lines.get(0).endsWith("connect from unknown[198.51.100.4]"));
        assertTrue(lines.get(3).contains("non-SMTP command"), "a line that is no event is shown too: " + lines);
        assertTrue(lines.get(4).contains("disconnect from unknown[198.51.100.4]"));
        List<Object> places = TraceEveryFormatTest.list(m.get("sessionLines")).stream()
                .map(l -> TraceEveryFormatTest.map(l).get("line")).toList();
        assertEquals(List.of("mail.log:1", "mail.log:3", "mail.log:4", "mail.log:6", "mail.log:9"),
                places.stream().map(p -> Path.of(p.toString()).getFileName().toString()).toList());
    }

    @Test
    void anAuthLoginPasswordIsMaskedAndItsUserNamed() throws IOException {
        Path log = fixture("icewarp/s20261122.log");
        List<Object> lines = TraceEveryFormatTest.list(trace("TUQ42143", log).get("sessionLines"));
        Map<String, Object> user = line(lines, "<<< auth login aW5mb0BleGFtcGxlLmNvbQ==");
        assertEquals("user info@example.com", user.get("note"));
        Map<String, Object> password = line(lines, "10:57:44 <<< ****");
        assertEquals("password, masked (--show-secrets prints it)", password.get("note"));
        assertTrue(lines.stream().noneMatch(l -> TraceEveryFormatTest.map(l).get("text").toString()
                .contains("aW5mbw==")), "the password line is masked");

        List<Object> shown = TraceEveryFormatTest.list(trace("TUQ42143", log, "--show-secrets").get("sessionLines"));
        assertEquals("password: info", line(shown, "<<< aW5mbw==").get("note"));

        String terminal = run(List.of("trace", "--session", "--timezone", "UTC", "TUQ42143", log.toString()));
        assertTrue(terminal.contains("<<< ****  [password, masked"), terminal);
        assertFalse(terminal.contains("aW5mbw=="), terminal);
    }

    @Test
    void anAuthPlainCredentialIsMaskedAndItsUserNamed() throws IOException {
        Path log = write("s20261122.log",
                "192.0.2.30 [0E01] 11:00:00 Connected",
                "192.0.2.30 [0E01] 11:00:00 <<< EHLO pc",
                "192.0.2.30 [0E01] 11:00:01 <<< AUTH PLAIN AGluZm9AZXhhbXBsZS5jb20AUzNjcjN0IQ==",
                "192.0.2.30 [0E01] 11:00:01 >>> 235 2.0.0 Authentication successful",
                "192.0.2.30 [0E01] 11:00:02 <<< MAIL From:<info@example.com>",
                "192.0.2.30 [0E01] 11:00:02 >>> 250 2.1.0 <info@example.com>... Sender ok",
                "192.0.2.30 [0E01] 11:00:02 <<< RCPT To:<amy@example.net>",
                "192.0.2.30 [0E01] 11:00:02 >>> 250 2.1.5 <amy@example.net>... Recipient ok",
                "192.0.2.30 [0E01] 11:00:02 <<< DATA",
                "192.0.2.30 [0E01] 11:00:02 >>> 354 Enter mail",
                "192.0.2.30 [0E01] 11:00:03 >>> 250 2.6.0 Message id ABC00001 accepted for delivery",
                "192.0.2.30 [0E01] 11:00:03 *** <info@example.com> <amy@example.net> 1 300 00:00:03 OK ABC00001",
                "192.0.2.30 [0E01] 11:00:03 <<< QUIT",
                "192.0.2.30 [0E01] 11:00:03 Disconnected");
        List<Object> lines = TraceEveryFormatTest.list(trace("ABC00001", log).get("sessionLines"));
        Map<String, Object> auth = line(lines, "<<< AUTH PLAIN ****");
        assertEquals("user info@example.com, password masked (--show-secrets prints it)", auth.get("note"));
        assertEquals(14, lines.size());
    }

    @Test
    void postfixDebugPeerDialogueHasItsPasswordMasked() throws IOException {
        String h = "Nov 22 10:59:00 mail postfix/submission/smtpd[4013]: ";
        Path log = write("mail.log", h + "connect from unknown[198.51.100.4]",
                h + "< unknown[198.51.100.4]: AUTH LOGIN",
                h + "> unknown[198.51.100.4]: 334 VXNlcm5hbWU6",
                h + "< unknown[198.51.100.4]: c2FsZXNAZXhhbXBsZS5jb20=",
                h + "> unknown[198.51.100.4]: 334 UGFzc3dvcmQ6",
                h + "< unknown[198.51.100.4]: V2ludGVyMjAyNiE=",
                h + "> unknown[198.51.100.4]: 235 2.7.0 Authentication successful",
                h + "4Fv2Qm1kZtz8w: client=unknown[198.51.100.4], sasl_method=LOGIN, sasl_username=sales@example.com",
                h + "disconnect from unknown[198.51.100.4] ehlo=1 auth=1 mail=1 rcpt=1 data=1 quit=1 commands=6");
        List<Object> lines = TraceEveryFormatTest.list(trace("4Fv2Qm1kZtz8w", log).get("sessionLines"));
        assertEquals(9, lines.size());
        assertEquals("user sales@example.com", line(lines, "c2FsZXNAZXhhbXBsZS5jb20=").get("note"));
        assertEquals(h + "< unknown[198.51.100.4]: ****", TraceEveryFormatTest.map(lines.get(5)).get("text"));
    }

    @Test
    void standardInputShowsTheLinesThatBecameEventsAndSaysSo() throws IOException {
        byte[] log = Files.readAllBytes(fixture("icewarp/s20261122.log"));
        InputStream stdin = System.in;
        Map<String, Object> m;
        try {
            System.setIn(new ByteArrayInputStream(log));
            m = TraceEveryFormatTest.onlyMessage(TraceEveryFormatTest.trace(List.of(Path.of("-")), "TUQ42143", "--session"));
        } finally {
            System.setIn(stdin);
        }
        List<String> lines = sessionTexts(m);
        assertEquals("192.0.2.26 [0D38] 10:57:43 Connected", lines.get(0));
        assertEquals("192.0.2.26 [0D38] 10:59:11 Disconnected", lines.get(lines.size() - 1));
        assertTrue(lines.stream().noneMatch(l -> l.contains("<<< MAIL From")), "no second read of stdin: " + lines);
        assertTrue(lines.stream().noneMatch(l -> l.contains("aW5mbw==")));
        List<Object> caveats = TraceEveryFormatTest.list(m.get("sessionCaveats"));
        assertEquals(1, caveats.size());
        assertTrue(caveats.get(0).toString().startsWith("standard input is read only once"), caveats.toString());
        assertEquals("stdin:12", TraceEveryFormatTest.map(TraceEveryFormatTest.list(m.get("sessionLines")).get(0))
                .get("line"));
    }

    @Test
    void aLongSessionKeepsItsHeadAndTailAndCountsTheRest() throws IOException {
        List<String> lines = new ArrayList<>(List.of("192.0.2.40 [0F01] 11:00:00 Connected",
                "192.0.2.40 [0F01] 11:00:00 <<< MAIL From:<info@example.com>",
                "192.0.2.40 [0F01] 11:00:00 >>> 250 2.1.0 Sender ok"));
        StringBuilder to = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            lines.add("192.0.2.40 [0F01] 11:00:01 <<< RCPT To:<r" + i + "@example.net>");
            lines.add("192.0.2.40 [0F01] 11:00:01 >>> 250 2.1.5 Recipient ok");
            if (i < 3) {
                to.append(" <r").append(i).append("@example.net>");
            }
        }
        lines.addAll(List.of("192.0.2.40 [0F01] 11:00:02 <<< DATA", "192.0.2.40 [0F01] 11:00:02 >>> 354 Enter mail",
                "192.0.2.40 [0F01] 11:00:03 *** <info@example.com>" + to + " 1500 300 00:00:03 OK ABC00002",
                "192.0.2.40 [0F01] 11:00:03 Disconnected"));
        Path log = write("s20261122.log", lines.toArray(String[]::new));
        Map<String, Object> m = trace("ABC00002", log);
        List<String> shown = sessionTexts(m);
        assertEquals(2_000, shown.size(), "1,000 first lines and 1,000 last");
        assertEquals(lines.size() - 2_000, ((Number) m.get("sessionLinesOmitted")).intValue());
        assertEquals(lines.get(0), shown.get(0));
        assertEquals(lines.get(lines.size() - 1), shown.get(shown.size() - 1));

        String terminal = run(List.of("trace", "--session", "--timezone", "UTC", "ABC00002", log.toString()));
        assertTrue(terminal.contains("... " + String.format("%,d", lines.size() - 2_000) + " more lines ..."),
                terminal.substring(0, Math.min(terminal.length(), 600)));
    }

    private static void inOrder(List<String> lines, String... wanted) {
        int at = -1;
        for (String w : wanted) {
            int found = -1;
            for (int i = at + 1; i < lines.size(); i++) {
                if (lines.get(i).contains(w)) {
                    found = i;
                    break;
                }
            }
            assertTrue(found > at, "\"" + w + "\" after line " + at + " in " + lines);
            at = found;
        }
    }

    private static Map<String, Object> line(List<Object> lines, String containing) {
        return lines.stream().map(TraceEveryFormatTest::map).filter(l -> l.get("text").toString().contains(containing))
                .findFirst().orElseThrow(() -> new AssertionError("no line with " + containing + " in " + lines));
    }

    private static List<String> sessionTexts(Map<String, Object> message) {
        return TraceEveryFormatTest.list(message.get("sessionLines")).stream()
                .map(l -> TraceEveryFormatTest.map(l).get("text").toString()).toList();
    }

    private static Map<String, Object> trace(String id, Path... logsAndOptions) {
        return TraceEveryFormatTest.onlyMessage(TraceEveryFormatTest.trace(List.of(logsAndOptions), id, "--session"));
    }

    private static Map<String, Object> trace(String id, Path log, String option) {
        return TraceEveryFormatTest.onlyMessage(TraceEveryFormatTest.trace(List.of(log), id, "--session", option));
    }

    private static String run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new)), err.toString());
        return out.toString();
    }

    /** A fixture without its annotations, as the log it stands for. */
    private Path fixture(String name) throws IOException {
        Path source = FIXTURES.resolve(name);
        List<String> lines = Files.readAllLines(source).stream()
                .filter(l -> !l.startsWith("# ") && !l.startsWith("##") && !l.isBlank()).toList();
        return write(source.getFileName().toString(), lines.toArray(String[]::new));
    }

    private Path write(String name, String... lines) throws IOException {
        Path log = dir.resolve(name);
        Files.write(log, List.of(lines), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(log, FileTime.from(Instant.parse("2026-11-22T23:59:59Z")));
        return log;
    }
}
