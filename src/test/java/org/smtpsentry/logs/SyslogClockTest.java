package org.smtpsentry.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
