package org.smtpsentry.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OriginTest {
    private static final byte[] BUFFER = "xxNov 22 10:58:43 mail postfix/smtpd[1]: héllo\nyy".getBytes(StandardCharsets.UTF_8);

    @Test
    void aLineHeldAsBytesBecomesItsTextWhenAsked() {
        Origin o = line88();
        assertEquals("Nov 22 10:58:43 mail postfix/smtpd[1]: héllo", o.text());
        assertSame(o.text(), o.text());
        assertEquals("mail.log:88", o.place());
    }

    @Test
    void aLineOfAPieceIsNumberedOnceTheLinesBeforeThePieceAreCounted() {
        LinesBefore before = new LinesBefore();
        Origin o = Origin.ofLine("mail.log", before, 8, BUFFER, 2, 47, false);
        assertEquals(8, o.line());
        before.set(80);
        assertEquals(88, o.line());
        assertEquals("mail.log:88", o.place());
    }

    @Test
    void keptItHasTheSameTextAndEqualsTheOriginGivenItsText() {
        Origin o = line88().keep();
        Origin given = new Origin("mail.log", 88, "Nov 22 10:58:43 mail postfix/smtpd[1]: héllo");
        assertEquals("Nov 22 10:58:43 mail postfix/smtpd[1]: héllo", o.text());
        assertEquals(given, o);
        assertEquals(given.hashCode(), o.hashCode());
    }

    private static Origin line88() {
        LinesBefore before = new LinesBefore();
        before.set(80);
        return Origin.ofLine("mail.log", before, 8, BUFFER, 2, 47, false);
    }

    @Test
    void anOriginThatIsNoLineHasNoText() {
        Origin o = Origin.of("policy client 127.0.0.1");
        assertNull(o.text());
        assertSame(o, o.keep());
        assertEquals("policy client 127.0.0.1", o.place());
    }
}
