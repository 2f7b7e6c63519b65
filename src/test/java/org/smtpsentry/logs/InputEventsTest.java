package org.smtpsentry.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.MessageAccepted;
import org.smtpsentry.event.Origin;

/** An input read in pieces, decoded on two threads, gives what one decoder reading every line in order gives. */
class InputEventsTest {
    private static final Instant WRITTEN = Instant.parse("2026-11-22T23:59:59Z");
    /** The smallest piece that holds a line of the longest kept: the example log is then some 75 pieces. */
    private static final int SMALL_PIECE = InputEvents.MAX_LINE + 1;

    @TempDir
    Path dir;

    @Test
    void theExampleDecodedInPiecesIsTheExampleDecodedLineByLine() throws IOException {
        Path example = Path.of("examples/compromised-day.log");
        InputEvents input = new InputEvents(LogInput.of(example.toString(), WRITTEN), null, ZoneOffset.UTC,
                MailLogs.EVERY_KIND, SMALL_PIECE);
        List<String> events = described(input);
        List<String> expected = lineByLine(example, input.format());
        assertTrue(expected.size() > 10_000, "the example has " + expected.size() + " events");
        assertEquals(expected, events);
        assertEquals(Files.readAllLines(example).size(), input.lines());
    }

    @Test
    void aSendmailLoginReachesItsMessageAPieceLaterThoughPiecesAreReadInParallel() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; lines.size() < 3000; i++) {
            lines.add("Nov 22 10:%02d:%02d mail postfix/smtpd[1]: connect from unknown[192.0.2.%d]".formatted(
                    i / 60 % 60, i % 60, i % 250));
        }
        // A login named once for a session, and its message a piece later.
        lines.add("Nov 22 10:58:59 mail sm-mta[4012]: AUTH=server, relay=pc01 [198.51.100.4],"
                + " authid=sales@example.com, mech=LOGIN, bits=0");
        for (int i = 0; i < 1500; i++) {
            lines.add("Nov 22 10:59:00 mail postfix/smtpd[2]: connect from unknown[192.0.2.%d]".formatted(i % 250));
        }
        lines.add("Nov 22 10:59:00 mail sm-mta[4012]: 5AMAx0X4004012: from=<ceo@forged.example>, size=1843,"
                + " class=0, nrcpts=2, msgid=<20261122105900.4711@pc01.example.com>, bodytype=8BITMIME,"
                + " proto=ESMTPSA, daemon=MSA, tls_verify=NO, auth=LOGIN, relay=pc01 [198.51.100.4]");
        for (int i = 0; i < 1500; i++) {
            lines.add("Nov 22 11:00:00 mail postfix/smtpd[3]: connect from unknown[192.0.2.%d]".formatted(i % 250));
        }
        Path log = dir.resolve("mail.log");
        Files.write(log, lines);
        Files.setLastModifiedTime(log, FileTime.from(WRITTEN));
        assertTrue(Files.size(log) > 4 * SMALL_PIECE, "the log crosses several pieces: " + Files.size(log));

        InputEvents input = new InputEvents(LogInput.of(log.toString(), WRITTEN), null, ZoneOffset.UTC,
                MailLogs.EVERY_KIND, SMALL_PIECE);
        List<MailEvent> events = new ArrayList<>();
        for (MailEvent e = input.next(); e != null; e = input.next()) {
            events.add(e);
        }
        List<MessageAccepted> accepted = events.stream().filter(MessageAccepted.class::isInstance)
                .map(MessageAccepted.class::cast).toList();
        assertEquals(1, accepted.size());
        assertEquals("sales@example.com", accepted.get(0).login());
        assertEquals(log + ":4502", accepted.get(0).origin().place());
        assertEquals(lineByLine(log, input.format()), events.stream().map(MailEvent::toString).toList());
    }

    private static List<String> described(InputEvents input) {
        List<String> events = new ArrayList<>();
        for (MailEvent e = input.next(); e != null; e = input.next()) {
            events.add(e.toString()); // the origin's part is file:line
        }
        return events;
    }

    /** The events one decoder makes of the file's lines, read one by one in order, through the in-order step. */
    private static List<String> lineByLine(Path file, LogFormat format) throws IOException {
        LineDecoder decoder = format.decoder(new LogSource(file.toString(), file,
                Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC));
        InOrder inOrder = format.inOrder();
        List<String> events = new ArrayList<>();
        EventSink sink = new EventSink() {
            @Override
            public void accept(MailEvent event) {
                events.add((inOrder == null ? event : inOrder.next(event)).toString());
            }

            @Override
            public void notUnderstood(String kind, Origin where) {
            }
        };
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                decoder.decode(lines.get(i), new Origin(file.toString(), i + 1, lines.get(i)), sink);
            }
        }
        return events;
    }
}
