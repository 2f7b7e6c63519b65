package org.smtpsentry.event;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** How many times something happened in each clock hour: one sender's messages per hour, for its usual and peak rates. */
public final class HourCounts {
    private static final long HOUR = 3600;

    private final TreeMap<Long, int[]> hours = new TreeMap<>();
    private long lastHour = Long.MIN_VALUE;
    private int[] lastCount;

    public void add(Instant t) {
        long hour = TimeSlots.hour(t);
        if (hour != lastHour) { // events come in time order: the tree is touched once an hour, not once an event
            lastHour = hour;
            lastCount = hours.get(hour);
            if (lastCount == null) {
                lastCount = new int[1];
                hours.put(hour, lastCount);
            }
        }
        lastCount[0]++;
    }

    /** The highest count in one clock hour. */
    public int peak() {
        int peak = 0;
        for (int[] n : hours.values()) {
            peak = Math.max(peak, n[0]);
        }
        return peak;
    }

    /** The mean count per hour with any, over the hours before the one {@code until} falls in (0 when none). */
    public double meanBefore(Instant until) {
        Map<Long, int[]> before = hours.headMap(TimeSlots.hour(until));
        if (before.isEmpty()) {
            return 0;
        }
        long total = 0;
        for (int[] n : before.values()) {
            total += n[0];
        }
        return (double) total / before.size();
    }

    /** Each hour with any (its start) and its count, in time order. */
    public Map<Instant, Integer> byHour() {
        Map<Instant, Integer> out = new TreeMap<>();
        hours.forEach((h, n) -> out.put(Instant.ofEpochSecond(h * HOUR), n[0]));
        return out;
    }
}
