package org.smtpsentry.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpsentry.event.Origin;

/** Reading a session back from its files: the lines of its session only, within its first and last event lines. */
class TranscriptReaderTest {
    private static final List<String> LOG = List.of(
            "#Software: Microsoft Exchange Server",
            "#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context",
            "2026-11-22T10:00:00.000Z,C,S1,0,192.0.2.1:25,198.51.100.4:5000,+,,",
            "2026-11-22T10:00:00.100Z,C,S2,0,192.0.2.1:25,203.0.113.9:5001,+,,",
            "2026-11-22T10:00:00.200Z,C,S1,1,192.0.2.1:25,198.51.100.4:5000,<,EHLO pc,",
            "2026-11-22T10:00:00.300Z,C,S1,2,192.0.2.1:25,198.51.100.4:5000,<,\"AUTH PLAIN AGEAYWJj\",",
            "2026-11-22T10:00:00.400Z,C,S2,1,192.0.2.1:25,203.0.113.9:5001,<,EHLO bot,",
            "2026-11-22T10:00:00.500Z,C,S1,3,192.0.2.1:25,198.51.100.4:5000,-,,Local",
            "2026-11-22T10:00:00.600Z,C,S1,0,192.0.2.1:25,198.51.100.7:5002,+,,");

    @TempDir
    Path dir;

    private TranscriptReader reader(Path log, int head, int tail) {
        LogInput input = LogInput.of(log.toString(), Instant.EPOCH);
        LogFormat exchange = LogFormats.named("exchange").orElseThrow();
        return new TranscriptReader(List.of(new TranscriptReader.Opened(input, exchange,
                new LogSource(input.name(), input.path(), input.modified(), ZoneOffset.UTC))), head, tail);
    }

    private static Origin at(Path log, int line) {
        return new Origin(log.toString(), line, LOG.get(line - 1));
    }

    @Test
    void theSessionsOwnLinesBetweenItsFirstAndLastEvents() throws IOException {
        Path log = Files.write(dir.resolve("RECV.log"), LOG);
        SessionTranscript t = reader(log, 100, 100).read(List.of(at(log, 3), at(log, 8)), false);
        assertEquals(List.of(log + ":3", log + ":5", log + ":6", log + ":8"),
                t.lines().stream().map(SessionTranscript.Line::place).toList());
        assertEquals("2026-11-22T10:00:00.300Z,C,S1,2,192.0.2.1:25,198.51.100.4:5000,<,\"AUTH PLAIN ****\",",
                t.lines().get(2).text());
        assertEquals("user a, password masked (--show-secrets prints it)", t.lines().get(2).note());
        assertTrue(t.caveats().isEmpty());
    }

    @Test
    void headAndTailAreKeptAndTheRestCounted() throws IOException {
        Path log = Files.write(dir.resolve("RECV.log"), LOG);
        SessionTranscript t = reader(log, 1, 1).read(List.of(at(log, 3), at(log, 8)), false);
        assertEquals(List.of(log + ":3"), t.head().stream().map(SessionTranscript.Line::place).toList());
        assertEquals(List.of(log + ":8"), t.tail().stream().map(SessionTranscript.Line::place).toList());
        assertEquals(2, t.omitted());
    }

    @Test
    void aFileChangedSinceTheFirstReadGivesTheEventLinesAndSaysSo() throws IOException {
        Path log = Files.write(dir.resolve("RECV.log"), LOG.subList(0, 2));
        SessionTranscript t = reader(log, 100, 100).read(List.of(at(log, 3), at(log, 8)), false);
        assertEquals(List.of(LOG.get(2), LOG.get(7)), t.lines().stream().map(SessionTranscript.Line::text).toList());
        assertEquals(1, t.caveats().size());
        assertTrue(t.caveats().get(0).contains("changed since it was read"), t.caveats().toString());
    }
}
