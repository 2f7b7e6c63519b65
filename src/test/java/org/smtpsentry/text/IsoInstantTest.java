package org.smtpsentry.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoInstantTest {

    private static String written(Instant t) {
        StringBuilder b = new StringBuilder();
        IsoInstant.append(t, b);
        return b.toString();
    }

    @Test
    void writesWhatInstantToStringWrites() {
        assertEquals("2026-11-22T10:58:00Z", written(Instant.parse("2026-11-22T10:58:00Z")), "seconds always shown");
        assertEquals("2026-11-22T10:58:43.120Z", written(Instant.parse("2026-11-22T10:58:43.12Z")));
        assertEquals("2026-11-22T10:58:43.123456Z", written(Instant.parse("2026-11-22T10:58:43.123456Z")));
        assertEquals("2026-11-22T10:58:43.000000001Z", written(Instant.parse("2026-11-22T10:58:43.000000001Z")));
        Instant[] edges = {Instant.EPOCH, Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59Z"),
            Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("-0001-12-31T23:59:59Z"), Instant.MIN, Instant.MAX,
            Instant.parse("2024-02-29T23:59:59.999999999Z"), Instant.parse("1969-12-31T23:59:59.5Z")};
        for (Instant t : edges) {
            assertEquals(t.toString(), written(t), "of " + t);
        }
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            long seconds = random.nextLong(-70_000_000_000L, 300_000_000_000L);
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant t = Instant.ofEpochSecond(seconds, nano);
            assertEquals(t.toString(), written(t), "of " + t);
        }
    }
}
