package org.smtpsentry.queue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MessageContentTest {
    private static MessageContent text(String s) {
        return new MessageContent(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findsTextIgnoringAsciiCaseOfEveryByteTheFirstIncluded() {
        MessageContent m = text("Subject: hi\n\nBuy CHEAP Pills now\n");
        assertTrue(m.contains("cheap pills"));
        assertTrue(m.contains("Cheap PILLS"));
        assertTrue(m.contains("buy"));
        assertTrue(m.contains("NOW\n"));
        assertFalse(m.contains("cheap pillz"));
        assertFalse(m.contains("now\n\n"), "not past the end");
    }

    @Test
    void aNeedleStartingWithADigitOrSignMatchesItExactly() {
        MessageContent m = text("ref NEEDLE-4242 and 42-x");
        assertTrue(m.contains("4242"));
        assertTrue(m.contains("-4242"));
        assertTrue(m.contains("42-X"));
        assertFalse(m.contains("-42-"));
        assertTrue(m.contains(""), "the empty text is everywhere");
    }
}
