package org.smtpsentry.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
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
        for (int h = 6; h < 30; h++) { // the arrays grow past their first size
            c.add(T.plusSeconds(h * 3600L));
        }
        c.add(T.plusSeconds(20)); // late, back in 10:00
        c.add(T.plusSeconds(3600 + 5)); // late, in 11:00, which had none
        Map<Instant, Integer> byHour = c.byHour();
        assertEquals(28, byHour.size());
        assertEquals(List.of(T, T.plusSeconds(3600), T.plusSeconds(3 * 3600), T.plusSeconds(5 * 3600)),
                byHour.keySet().stream().limit(4).toList(), "in time order");
        assertEquals(List.of(3, 1, 1, 5), byHour.values().stream().limit(4).toList());
        assertEquals(5, c.peak());
        assertEquals(5 / 3.0, c.meanBefore(T.plusSeconds(5 * 3600 + 1800)), "(3 + 1 + 1) over the hours with any");
        assertEquals(0.0, c.meanBefore(T.plusSeconds(1800)), "none before the first hour");
    }
}
