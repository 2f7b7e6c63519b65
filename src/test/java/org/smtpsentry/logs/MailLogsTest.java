package org.smtpsentry.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpsentry.UserError;
import org.smtpsentry.event.Connect;
import org.smtpsentry.event.DeliveryAttempt;
import org.smtpsentry.event.Disconnect;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.MailFrom;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.MessageRemoved;
import org.smtpsentry.event.QueueId;

class MailLogsTest {
    private static final Instant WRITTEN = Instant.parse("2026-11-22T23:59:59Z");

    @TempDir
    Path dir;

    private Path log(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n");
        Files.setLastModifiedTime(p, FileTime.from(WRITTEN));
        return p;
    }

    private Path gzip(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Files.setLastModifiedTime(p, FileTime.from(WRITTEN));
        return p;
    }

    private static String connect(String time, String ip) {
        return "Nov 22 " + time + " mail postfix/smtpd[1]: connect from unknown[" + ip + "]";
    }

    private static List<String> ips(MailLogs logs) {
        List<String> ips = new ArrayList<>();
        logs.forEach(e -> ips.add(((Connect) e).clientIp()));
        return ips;
    }

    private static List<LogInput> inputs(Path... paths) {
        return Arrays.stream(paths).map(p -> LogInput.of(p.toString(), WRITTEN)).toList();
    }

    @Test
    void rotatedFilesAreReadInTimeOrderWhateverTheOrderNamed() throws IOException {
        Path current = log("mail.log", connect("12:00:00", "192.0.2.3"));
        Path one = log("mail.log.1", connect("11:00:00", "192.0.2.2"));
        Path two = gzip("mail.log.2.gz", connect("10:00:00", "192.0.2.1"));
        MailLogs logs = new MailLogs(inputs(current, one, two), null, ZoneOffset.UTC);
        assertEquals(List.of("192.0.2.1", "192.0.2.2", "192.0.2.3"), ips(logs));
        assertEquals(3, logs.lines());
    }

    @Test
    void linesNotUnderstoodOfSeveralInputsAreTalliedInTimeOrder() throws IOException {
        Path current = log("mail.log", connect("12:00:00", "192.0.2.3"), "garbage", connect("12:00:01", "192.0.2.4"),
                "more garbage", connect("12:00:02", "192.0.2.5"));
        Path older = log("mail.log.1", connect("11:00:00", "192.0.2.2"), "garbage", connect("11:00:01", "192.0.2.6"));
        MailLogs logs = new MailLogs(inputs(current, older), null, ZoneOffset.UTC);
        ips(logs);
        assertEquals(3, logs.notUnderstood().total());
        assertEquals(older + ":2", logs.notUnderstood().first(), "the older file's line came first");
        assertEquals(older + ":2", logs.notUnderstood().kinds().get(0).first());
    }

    @Test
    void twoLogsOfDifferentProgramsAreMergedByTime() throws IOException {
        Path mail = log("mail.log", connect("10:00:00", "192.0.2.1"), connect("10:00:10", "192.0.2.3"));
        Path other = log("mail2.log", connect("10:00:05", "192.0.2.2"));
        assertEquals(List.of("192.0.2.1", "192.0.2.2", "192.0.2.3"),
                ips(new MailLogs(inputs(mail, other), null, ZoneOffset.UTC)));
    }

    @Test
    void gzipIsToldByItsBytesNotItsName() throws IOException {
        Path p = gzip("mail.log.1", connect("10:00:00", "192.0.2.1"));
        assertEquals(List.of("192.0.2.1"), ips(new MailLogs(inputs(p), null, ZoneOffset.UTC)));
    }

    @Test
    void standardInputIsReadWithDash() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream((connect("10:00:00", "192.0.2.9") + "\n").getBytes()));
            MailLogs logs = new MailLogs(List.of(LogInput.of("-", WRITTEN)), null, ZoneOffset.UTC);
            assertEquals(List.of("192.0.2.9"), ips(logs));
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void malformedTruncatedAndOverlongLinesAreCountedNeverFatal() throws IOException {
        Path p = log("mail.log", connect("10:00:00", "192.0.2.1"), "garbage", "Nov 22 10:00:01 mail postfix/smtpd[1]: co",
                "Nov 22 10:00:02 mail postfix/smtpd[1]: connect from unknown[192.0.2.2]" + "x".repeat(70_000),
                connect("10:00:03", "192.0.2.3"));
        MailLogs logs = new MailLogs(inputs(p), null, ZoneOffset.UTC);
        List<MailEvent> events = new ArrayList<>();
        logs.forEach(events::add);
        assertEquals(3, events.size(), "the overlong line is cut, and its start still read");
        assertEquals(3, logs.notUnderstood().total(), logs.notUnderstood().kinds().toString());
        assertEquals(p + ":2", logs.notUnderstood().first());
    }

    @Test
    void aTruncatedGzipKeepsWhatWasReadAndSaysWhere() throws IOException {
        String[] lines = new String[5000];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = connect("10:00:00", "192.0.2." + (i % 250));
        }
        Path whole = gzip("whole.gz", lines);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.gz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        MailLogs logs = new MailLogs(List.of(LogInput.of(cut.toString(), WRITTEN)), null, ZoneOffset.UTC);
        List<MailEvent> events = new ArrayList<>();
        logs.forEach(events::add);
        assertTrue(events.size() > 0 && events.size() < 5000, "read " + events.size());
        assertTrue(logs.notUnderstood().kinds().get(0).kind().startsWith("input cut short"),
                logs.notUnderstood().kinds().toString());
    }

    @Test
    void aMissingFileIsOneClearError() {
        UserError e = assertThrows(UserError.class, () -> LogInput.of(dir.resolve("nope.log").toString(), WRITTEN));
        assertEquals(dir.resolve("nope.log") + ": no such file; nothing analysed", e.getMessage());
    }

    @Test
    void aFileOfNoKnownFormatIsOneClearError() throws IOException {
        Path p = log("notes.txt", "shopping list", "milk");
        UserError e = assertThrows(UserError.class, () -> new MailLogs(inputs(p), null, ZoneOffset.UTC));
        assertTrue(e.getMessage().startsWith(p + ": not a mail log this version knows (first line: shopping list)"),
                e.getMessage());
    }

    @Test
    void timeRunningBackwardsIsReportedNotSilentlyAccepted() throws IOException {
        Path p = log("mail.log", connect("10:00:00", "192.0.2.1"), "Mar  1 10:00:00 mail postfix/smtpd[1]: connect from"
                + " unknown[192.0.2.2]", connect("10:00:05", "192.0.2.3"));
        MailLogs logs = new MailLogs(inputs(p), null, ZoneOffset.UTC);
        logs.forEach(e -> { });
        assertEquals(1, logs.notUnderstood().total());
        assertTrue(logs.notUnderstood().kinds().get(0).kind().startsWith("time runs backwards"));
        assertEquals(p + ":2", logs.notUnderstood().first());
    }

    @Test
    void aSenderIsOneObjectAndTheRecipientsOfADomainShareItsLowerCasedName() throws IOException {
        String delivery = " mail postfix/smtp[3]: 4AB12C3D4E: to=<%s>, relay=none, delay=1, delays=1/0/0/0,"
                + " dsn=4.4.1, status=deferred (connect to mx.example.net[192.0.2.9]:25: Connection refused)";
        Path p = log("mail.log",
                "Nov 22 10:00:00 mail postfix/qmgr[2]: 4AB12C3D4E: from=<Alice@Example.org>, size=100, nrcpt=3 (queue"
                        + " active)",
                "Nov 22 10:00:01" + delivery.formatted("bob@mx.example.net"),
                "Nov 22 10:00:02" + delivery.formatted("carol@mx.example.net"),
                "Nov 22 10:00:03" + delivery.formatted("Dave@MX.Example.NET"),
                "Nov 22 10:00:04 mail postfix/qmgr[2]: 5BC23D4E5F: from=<Alice@Example.org>, size=90, nrcpt=1 (queue"
                        + " active)");
        List<Mailbox> senders = new ArrayList<>();
        List<Mailbox> recipients = new ArrayList<>();
        new MailLogs(inputs(p), null, ZoneOffset.UTC).forEach(e -> {
            if (e instanceof MailFrom f) {
                senders.add(f.sender());
            } else if (e instanceof DeliveryAttempt d) {
                recipients.add(d.recipient());
            }
        });
        assertSame(senders.get(0), senders.get(1));
        assertEquals("alice@example.org", senders.get(1).address());
        assertEquals(List.of("bob@mx.example.net", "carol@mx.example.net", "dave@mx.example.net"),
                recipients.stream().map(Mailbox::address).toList());
        for (Mailbox r : recipients) {
            assertEquals("mx.example.net", r.domain());
            assertEquals(Mailbox.of(r.address()), r);
        }
        assertSame(recipients.get(0).domain(), recipients.get(1).domain());
    }

    @Test
    void aQueueIdIsOneObjectForItsMessagesLinesAndOnlyAnIdFollowedByColonAndSpaceIsOne() throws IOException {
        Path p = log("mail.log",
                "Nov 22 10:00:00 mail postfix/qmgr[2]: 4AB12C3D4E: from=<a@example.org>, size=100, nrcpt=1 (queue active)",
                "Nov 22 10:00:01 mail postfix/smtp[3]: 4AB12C3D4E: to=<b@example.net>, relay=none, delay=1,"
                        + " delays=1/0/0/0, dsn=4.4.1, status=deferred (connection refused)",
                "Nov 22 10:00:02 mail postfix/qmgr[2]: 4AB12C3D4E:removed",
                "Nov 22 10:00:03 mail postfix/qmgr[2]: 4AB12C3D4Ex: removed",
                "Nov 22 10:00:04 mail postfix/qmgr[2]: Deleted: 1 message",
                "Nov 22 10:00:05 mail postfix/qmgr[2]: Dlbrtd: removed",
                "Nov 22 10:00:06 mail postfix/qmgr[2]: 4Fv2Qm1kZtz8w: removed",
                "Nov 22 10:00:07 mail postfix/qmgr[2]: 4AB12C3D4E: removed");
        List<QueueId> ids = new ArrayList<>();
        MailLogs logs = new MailLogs(inputs(p), null, ZoneOffset.UTC);
        logs.forEach(e -> {
            if (e instanceof MailFrom f) {
                ids.add(f.queueId());
            } else if (e instanceof DeliveryAttempt d) {
                ids.add(d.queueId());
            } else if (e instanceof MessageRemoved r) {
                ids.add(r.queueId());
            }
        });
        assertEquals(List.of("4AB12C3D4E", "4AB12C3D4E", "Dlbrtd", "4Fv2Qm1kZtz8w", "4AB12C3D4E"),
                ids.stream().map(QueueId::value).toList());
        assertSame(ids.get(0), ids.get(1));
        assertSame(ids.get(0), ids.get(4));
        assertEquals(2, logs.notUnderstood().total(), "no space after the id's colon, and a letter more: "
                + logs.notUnderstood().kinds());
    }

    @Test
    void aClientsLinesShareOneStringForItsAddress() throws IOException {
        Path p = log("mail.log", connect("10:00:00", "192.0.2.7"),
                "Nov 22 10:00:01 mail postfix/smtpd[1]: disconnect from unknown[192.0.2.7] ehlo=1 quit=1 commands=2",
                connect("10:00:02", "2001:db8::7"),
                "Nov 22 10:00:03 mail postfix/smtpd[1]: disconnect from unknown[IPv6:2001:db8::7] commands=0");
        List<String> ips = new ArrayList<>();
        new MailLogs(inputs(p), null, ZoneOffset.UTC).forEach(e -> {
            if (e instanceof Connect c) {
                ips.add(c.clientIp());
            } else if (e instanceof Disconnect d) {
                ips.add(d.clientIp());
            }
        });
        assertEquals(List.of("192.0.2.7", "192.0.2.7", "2001:db8::7", "2001:db8::7"), ips);
        assertSame(ips.get(0), ips.get(1));
        assertSame(ips.get(2), ips.get(3));
    }
}
