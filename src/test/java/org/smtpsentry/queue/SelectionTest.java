package org.smtpsentry.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.QueueId;

class SelectionTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final QueuedMessage SPAM = new QueuedMessage(new QueueId("4AbC"), "deferred",
            NOW.minus(Duration.ofHours(3)), 2_000, Mailbox.of("Sales7@Forged-Wave1.test"),
            List.of(Mailbox.of("a@victims.test"), Mailbox.of("b@mail.victims2.test")), "Victim@example.test",
            "203.0.113.9", "", "You WON", "");
    private static final MessageContent TEXT = new MessageContent(
            "Subject: You WON\n\nBuy CHEAP-pills-7731 now\n".getBytes(StandardCharsets.UTF_8));

    private static Selection.Builder select() {
        return new Selection.Builder();
    }

    @Test
    void criteriaCombineAndSayWhy() {
        Selection s = select().login("victim@example.test").sender("*@forged-*.test").contains("cheap-PILLS")
                .recipientDomain("victims2.test").build();
        Optional<List<String>> why = s.reasons(SPAM, () -> TEXT, NOW);
        assertEquals(Optional.of(List.of("sender <sales7@forged-wave1.test>", "recipient domain mail.victims2.test",
                "login Victim@example.test", "contains \"cheap-PILLS\"")), why);
        assertTrue(select().login("other@example.test").build().reasons(SPAM, () -> TEXT, NOW).isEmpty());
        assertTrue(select().login("victim@example.test").sender("honest@example.test").build()
                .reasons(SPAM, () -> TEXT, NOW).isEmpty(), "AND across criteria");
        assertTrue(select().login("x@y.test").login("victim@*").build().reasons(SPAM, () -> TEXT, NOW).isPresent(),
                "OR within one criterion");
    }

    @Test
    void theTextIsReadOnlyWhenEverythingCheaperMatches() {
        AtomicInteger reads = new AtomicInteger();
        Selection s = select().sender("@honest.test").contains("x").build();
        assertTrue(s.reasons(SPAM, () -> {
            reads.incrementAndGet();
            return TEXT;
        }, NOW).isEmpty());
        assertEquals(0, reads.get());
        assertTrue(select().contains("x").build().reasons(SPAM, () -> null, NOW).isEmpty(), "gone meanwhile");
    }

    @Test
    void sizeAgeQueueClientAndSubject() {
        assertTrue(select().size(1_000, 3_000).build().reasons(SPAM, () -> TEXT, NOW).isPresent());
        assertFalse(select().size(3_000, Long.MAX_VALUE).build().reasons(SPAM, () -> TEXT, NOW).isPresent());
        assertTrue(select().age(Duration.ofHours(2), null).build().reasons(SPAM, () -> TEXT, NOW).isPresent());
        assertFalse(select().age(Duration.ZERO, Duration.ofHours(1)).build().reasons(SPAM, () -> TEXT, NOW)
                .isPresent());
        assertTrue(select().queue("DEFERRED").build().reasons(SPAM, () -> TEXT, NOW).isPresent());
        assertFalse(select().queue("hold").build().reasons(SPAM, () -> TEXT, NOW).isPresent());
        assertTrue(select().client("203.0.113.*").build().reasons(SPAM, () -> TEXT, NOW).isPresent());
        assertTrue(select().subject("you won").build().reasons(SPAM, () -> TEXT, NOW).isPresent());
        assertFalse(select().recipient("c@victims.test").build().reasons(SPAM, () -> TEXT, NOW).isPresent());
        assertTrue(Selection.EVERYTHING.isEverything());
        assertEquals(Optional.of(List.of("every message")), Selection.EVERYTHING.reasons(SPAM, () -> TEXT, NOW));
    }

    @Test
    void globMatchesLikeTheShell() {
        assertTrue(Glob.matches("*@forged-*.test", "x@forged-1.test"));
        assertTrue(Glob.matches("a*b*c", "aXXbYYc"));
        assertFalse(Glob.matches("a*b*c", "aXXbYY"));
        assertTrue(Glob.matches("*", ""));
        assertFalse(Glob.matches("abc", "abcd"));
    }

    @Test
    void headersAreUnfoldedAndTheBodyIsNotAHeader() {
        byte[] m = "Received: from a\n\tby b with ESMTPA id 1\nSubject: one\n\nSubject: body\n"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("from a by b with ESMTPA id 1", Headers.value(m, "received"));
        assertEquals(List.of("one"), Headers.values(m, "Subject", 10));
        Received r = Received.of("from client (unknown [203.0.113.9]) by mail.example.test (Postfix) with ESMTPSA "
                + "id 4AbC (Authenticated sender: victim@example.test)");
        assertEquals(new Received("203.0.113.9", true, "victim@example.test", ""), r);
        assertEquals("33", Received.of("by mail.example.test (Postfix, from userid 33) id 4AbC").localUser());
    }
}
