package org.smtpsentry.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WindowCountsTest {
    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void countsWithinTheWindowAndForgetsWhatLeavesIt() {
        WindowCounts w = new WindowCounts(Duration.ofMinutes(10), 2);
        w.add(0, T, 3);
        w.add(0, T.plusSeconds(300), 2);
        w.add(1, T.plusSeconds(300), 7);
        assertEquals(5, w.sum(0, T.plusSeconds(300)));
        assertEquals(7, w.sum(1, T.plusSeconds(300)));
        assertEquals(2, w.sum(0, T.plusSeconds(600)), "the first minute has left the window");
        assertEquals(0, w.sum(0, T.plusSeconds(3600)), "everything has left");
        w.add(0, T.plusSeconds(3600), 1);
        assertEquals(1, w.sum(0, T.plusSeconds(3600)));
    }

    @Test
    void aSlightlyLateEventStillCountsAndOneOlderThanTheWindowDoesNot() {
        WindowCounts w = new WindowCounts(Duration.ofMinutes(10), 1);
        w.add(0, T.plusSeconds(600), 1);
        w.add(0, T.plusSeconds(590), 1);
        w.add(0, T, 1);
        assertEquals(2, w.sum(0, T.plusSeconds(600)));
    }

    @Test
    void aLongGapClearsEveryBucketOnce() {
        WindowCounts w = new WindowCounts(Duration.ofHours(1), 1);
        for (int i = 0; i < 60; i++) {
            w.add(0, T.plusSeconds(60L * i), 1);
        }
        assertEquals(60, w.sum(0, T.plusSeconds(60 * 59)));
        assertEquals(30, w.sum(0, T.plusSeconds(60 * 89)));
        assertEquals(0, w.sum(0, T.plusSeconds(86_400 * 10)));
    }
}
