package org.smtpsentry.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SyslogClockTest {

    private static Instant classic(String writtenBy, String zone, String line) {
        return new SyslogClock(Instant.parse(writtenBy), ZoneId.of(zone)).classic(bytes(line), 0);
    }

    private static byte[] bytes(String line) {
        return line.getBytes(StandardCharsets.UTF_8);
    }

    private static Instant rfc3339(SyslogClock clock, String line) {
        byte[] b = bytes(line);
        return clock.rfc3339(b, 0, SyslogClock.rfc3339Length(b, 0, b.length));
    }

    @Test
    void aClassicTimestampTakesTheYearTheFileWasWrittenIn() {
        assertEquals(Instant.parse("2026-11-10T10:58:43Z"),
                classic("2026-11-22T12:00:00Z", "UTC", "Nov 10 10:58:43 mail postfix/smtpd[1]: x"));
    }

    @Test
    void aLogWrittenInJanuaryHoldsDecemberOfTheYearBefore() {
        String written = "2027-01-02T06:00:00Z";
        assertEquals(Instant.parse("2026-12-31T23:59:59Z"), classic(written, "UTC", "Dec 31 23:59:59 x"));
        assertEquals(Instant.parse("2027-01-01T00:00:01Z"), classic(written, "UTC", "Jan  1 00:00:01 x"));
    }

    @Test
    void aDayOfClockSkewPastTheFileTimeStaysInTheSameYear() {
        assertEquals(Instant.parse("2026-11-23T00:30:00Z"), classic("2026-11-22T23:59:00Z", "UTC", "Nov 23 00:30:00 x"));
    }

    @Test
    void february29thFallsInTheLastLeapYear() {
        assertEquals(Instant.parse("2024-02-29T12:00:00Z"), classic("2026-03-01T00:00:00Z", "UTC", "Feb 29 12:00:00 x"));
    }

    @Test
    void timestampsWithoutZoneAreInTheGivenZoneAcrossDaylightSaving() {
        assertEquals(Instant.parse("2026-07-01T08:00:00Z"), classic("2026-11-22T00:00:00Z", "Europe/Berlin", "Jul  1 10:00:00 x"));
        assertEquals(Instant.parse("2026-11-01T09:00:00Z"), classic("2026-11-22T00:00:00Z", "Europe/Berlin", "Nov  1 10:00:00 x"));
    }

    @Test
    void impossibleFiguresAreNoTimestamp() {
        assertNull(classic("2026-11-22T00:00:00Z", "UTC", "Nov 32 10:00:00 x"));
        assertNull(classic("2026-11-22T00:00:00Z", "UTC", "Nov 10 25:00:00 x"));
        byte[] foo = bytes("Foo 10 10:00:00 x");
        assertEquals(0, SyslogClock.classicLength(foo, 0, foo.length));
    }

    @Test
    void rfc3339WithFractionAndOffsetsInEitherForm() {
        SyslogClock clock = new SyslogClock(Instant.EPOCH, ZoneOffset.UTC);
        String a = "2026-11-22T10:58:43.123456+01:00 mail postfix/smtpd[1]: x";
        assertEquals(Instant.parse("2026-11-22T09:58:43.123456Z"), rfc3339(clock, a));
        String b = "2026-11-22T10:58:43+0100 mail postfix/smtpd[1]: x";
        assertEquals(Instant.parse("2026-11-22T09:58:43Z"), rfc3339(clock, b));
        String c = "2026-11-22T10:58:43Z mail x: y";
        assertEquals(Instant.parse("2026-11-22T10:58:43Z"), rfc3339(clock, c));
        String d = "2026-13-22T10:58:43Z mail x: y";
        assertNull(rfc3339(clock, d));
    }

    @Test
    void linesOfOneSecondShareTheirInstantAndEveryOtherStampIsReadAgain() {
        SyslogClock clock = new SyslogClock(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
        String[] lines = {"Nov 10 10:58:43 a", "Nov 10 10:58:43 b", "Nov 10 10:58:44 c", "Nov 10 10:59:44 d",
            "Nov 10 10:59:44 e", "Nov 11 10:59:44 f", "Nov 10 10:58:61 g", "Nov 10 10:58:43", "Nov 10 10:58:4",
            "Nov 10 10:58:43 h"};
        String[] expected = {"2026-11-10T10:58:43Z", "2026-11-10T10:58:43Z", "2026-11-10T10:58:44Z",
            "2026-11-10T10:59:44Z", "2026-11-10T10:59:44Z", "2026-11-11T10:59:44Z", null, "2026-11-10T10:58:43Z", null,
            "2026-11-10T10:58:43Z"};
        Instant first = null;
        for (int i = 0; i < lines.length; i++) {
            byte[] b = bytes(lines[i]);
            Instant t = clock.classicAt(b, 0, b.length);
            assertEquals(expected[i] == null ? null : Instant.parse(expected[i]), t, lines[i]);
            if (i == 0) {
                first = t;
            } else if (i == 1) {
                assertSame(first, t, "the same second: the same instant");
            }
        }
    }
}
