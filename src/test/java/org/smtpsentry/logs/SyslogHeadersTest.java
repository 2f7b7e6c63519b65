package org.smtpsentry.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SyslogHeadersTest {
    private final SyslogHeaders headers =
            new SyslogHeaders(new SyslogClock(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

    private SyslogLine parse(String line) {
        return headers.parse(LineBytes.of(line));
    }

    @Test
    void aClassicLineIsCutIntoTimeHostProgramPidAndMessage() {
        SyslogLine l = parse("Nov 22 10:58:43 mail postfix/submission/smtpd[4012]: connect from x[192.0.2.1]");
        assertEquals(Instant.parse("2026-11-22T10:58:43Z"), l.time());
        assertEquals("mail", l.host());
        assertEquals("postfix/submission/smtpd", l.program());
        assertEquals(4012, l.pid());
        assertEquals("connect from x[192.0.2.1]", l.message());
        assertEquals(53, l.messageAt());
    }

    @Test
    void namesAreHandedOutAgainNotCopied() {
        SyslogLine a = parse("Nov 22 10:58:43 mail postfix/qmgr[1187]: one");
        SyslogLine b = parse("Nov 22 10:58:44 mail postfix/qmgr[1187]: two");
        assertSame(a.host(), b.host());
        assertSame(a.program(), b.program());
    }

    @Test
    void nonAsciiHostAndMessageAreDecoded() {
        SyslogLine l = parse("Nov 22 10:58:43 mäil dovecot: auth: passwd-file(ü@example.com,192.0.2.1): unknown user ✓");
        assertEquals("mäil", l.host());
        assertEquals("dovecot", l.program());
        assertEquals(-1, l.pid());
        assertEquals("auth: passwd-file(ü@example.com,192.0.2.1): unknown user ✓", l.message());
    }

    @Test
    void dovecotsOwnLogHasNoHost() {
        SyslogLine l = parse("Nov 22 10:58:43 auth-worker(123): Info: sql(u@example.com,192.0.2.1): unknown user");
        assertNull(l.host());
        assertEquals("auth-worker(123)", l.program());
        assertEquals("Info: sql(u@example.com,192.0.2.1): unknown user", l.message());
    }

    @Test
    void rfc3339AndJournalctlTimestamps() {
        assertEquals(Instant.parse("2026-11-22T09:58:43.123456Z"),
                parse("2026-11-22T10:58:43.123456+01:00 mail postfix/smtpd[1]: x").time());
        assertEquals(Instant.parse("2026-11-22T09:58:43Z"), parse("2026-11-22T10:58:43+0100 mail postfix/smtpd[1]: x").time());
        assertNull(parse("2026-11-22T10:58:43+01: mail postfix/smtpd[1]: x"), "an offset cut short");
        assertNull(parse("2026-11-22T10:58:43+01: "), "an offset cut short at the line's end (it used to stop the run)");
    }

    @Test
    void aPidThatIsNoNumberIsNone() {
        SyslogLine l = parse("Nov 22 10:58:43 mail postfix/smtpd[abc]: x");
        assertEquals(-1, l.pid());
        assertEquals("postfix/smtpd", l.program());
    }

    @Test
    void linesWithoutAHeaderAreNone() {
        assertNull(parse("garbage"));
        assertNull(parse("Nov 22 10:58:4x mail postfix/smtpd[1]: x"));
        assertNull(parse("Nov 22 10:58:43 mail postfix/smtpd[1] x"), "no colon after the tag");
        assertNull(parse("Nov 22 10:58:43 mail"));
    }
}
