package org.smtpsentry.detect;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.smtpsentry.event.TimeSlots;

/**
 * How many times something happened in each clock hour: a sender's messages, for its usual and peak rates and timeline.
 * The hours with any are kept in order in two arrays: events come in time order, so a new hour is appended and the
 * hour of most events is the last one (a tree lookup per message cost more than the rest of its counting).
 */
public final class HourCounts {
    private static final long HOUR = 3600;

    private long[] hours = new long[8];
    private int[] counts = new int[8];
    private int size;

    public void add(Instant t) {
        long hour = TimeSlots.hour(t);
        if (size > 0 && hours[size - 1] == hour) {
            counts[size - 1]++;
            return;
        }
        int at = size == 0 || hour > hours[size - 1] ? size : Arrays.binarySearch(hours, 0, size, hour);
        if (at >= 0 && at < size) {
            counts[at]++; // a late event, in an hour already counted
            return;
        }
        insert(at < 0 ? -at - 1 : at, hour);
    }

    private void insert(int at, long hour) {
        if (size == hours.length) {
            hours = Arrays.copyOf(hours, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        System.arraycopy(hours, at, hours, at + 1, size - at);
        System.arraycopy(counts, at, counts, at + 1, size - at);
        hours[at] = hour;
        counts[at] = 1;
        size++;
    }

    /** The highest count in one clock hour. */
    public int peak() {
        int peak = 0;
        for (int i = 0; i < size; i++) {
            peak = Math.max(peak, counts[i]);
        }
        return peak;
    }

    /** The mean count per hour with any, over the hours before the one {@code until} falls in (0 when none). */
    public double meanBefore(Instant until) {
        long end = TimeSlots.hour(until);
        long total = 0;
        int n = 0;
        for (; n < size && hours[n] < end; n++) {
            total += counts[n];
        }
        return n == 0 ? 0 : (double) total / n;
    }

    /** Each hour with any (its start) and its count, in time order. */
    public Map<Instant, Integer> byHour() {
        Map<Instant, Integer> out = new TreeMap<>();
        for (int i = 0; i < size; i++) {
            out.put(Instant.ofEpochSecond(hours[i] * HOUR), counts[i]);
        }
        return out;
    }
}
