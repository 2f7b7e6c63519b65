package org.smtpsentry.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HourCountsTest {
    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void countsPerClockHourWithItsPeakAndTheMeanOfTheHoursBefore() {
        HourCounts c = new HourCounts();
        c.add(T.plusSeconds(10));
        c.add(T.plusSeconds(3599));
        c.add(T.plusSeconds(3 * 3600)); // 13:00, an hour with none between
        for (int i = 0; i < 5; i++) {
            c.add(T.plusSeconds(5 * 3600 + i));
        }
        c.add(T.plusSeconds(20)); // late, back in 10:00
        assertEquals(Map.of(T, 3, T.plusSeconds(3 * 3600), 1, T.plusSeconds(5 * 3600), 5), c.byHour());
        assertEquals(5, c.peak());
        assertEquals(2.0, c.meanBefore(T.plusSeconds(5 * 3600 + 1800)), "(3 + 1) over the two hours with any");
        assertEquals(0.0, c.meanBefore(T.plusSeconds(1800)), "none before the first hour");
    }
}
