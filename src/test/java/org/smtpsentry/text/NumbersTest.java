package org.smtpsentry.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void countsAreGroupedByThousands() {
        assertEquals("0", Numbers.count(0));
        assertEquals("999", Numbers.count(999));
        assertEquals("1,000", Numbers.count(1000));
        assertEquals("4,213", Numbers.count(4213));
        assertEquals("987,264", Numbers.count(987_264));
        assertEquals("1,000,000", Numbers.count(1_000_000));
        assertEquals("-1,204", Numbers.count(-1204));
        assertEquals("-999", Numbers.count(-999));
    }

    @Test
    void countsMatchTheFormattersGroupingEverywhere() {
        long[] edges = {Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE, -1_000, -100, -10, -1, 1, 10, 100,
            10_000, 100_000, 999_999, 1_000_001};
        for (long n : edges) {
            assertEquals(String.format(Locale.ROOT, "%,d", n), Numbers.count(n), "n = " + n);
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            long n = random.nextLong() >> random.nextInt(64);
            assertEquals(String.format(Locale.ROOT, "%,d", n), Numbers.count(n), "n = " + n);
        }
    }

    @Test
    void durationsAndPercentages() {
        assertEquals("1h", Numbers.duration(Duration.ofHours(1)));
        assertEquals("10m", Numbers.duration(Duration.ofMinutes(10)));
        assertEquals("2d", Numbers.duration(Duration.ofDays(2)));
        assertEquals("90s", Numbers.duration(Duration.ofSeconds(90)));
        assertEquals("0 %", Numbers.percent(3, 0));
        assertEquals("97 %", Numbers.percent(97, 100));
    }
}
