package org.smtpsentry.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

    @Test
    void agreesWithCountingTheEventsInTheWindowAgainOverARandomDay() {
        Random random = new Random(7);
        WindowCounts w = new WindowCounts(Duration.ofMinutes(7), 2);
        List<long[]> kept = new ArrayList<>(); // minute, counter, n of each event counted when added
        long newest = Long.MIN_VALUE; // the newest minute seen: the window holds it and the 6 before
        long second = 0;
        for (int i = 0; i < 5_000; i++) {
            second += random.nextInt(10) == 0 ? random.nextInt(900) : random.nextInt(40); // bursts and idle gaps
            long at = Math.max(0, second - random.nextInt(50)); // a little out of order
            int counter = random.nextInt(2);
            int n = 1 + random.nextInt(3);
            w.add(counter, T.plusSeconds(at), n);
            long minute = T.plusSeconds(at).getEpochSecond() / 60;
            newest = Math.max(newest, minute);
            if (minute > newest - 7) {
                kept.add(new long[] {minute, counter, n});
            }
            newest = Math.max(newest, T.plusSeconds(second).getEpochSecond() / 60);
            for (int c = 0; c < 2; c++) {
                long expected = 0;
                for (long[] e : kept) {
                    if (e[1] == c && e[0] > newest - 7) {
                        expected += e[2];
                    }
                }
                assertEquals(expected, w.sum(c, T.plusSeconds(second)), "event " + i + ", counter " + c);
            }
        }
    }
}
