package org.smtpsentry.detect;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.smtpsentry.event.TimeSlots;

/**
 * Counts of several things over a sliding window of event time, in one-minute buckets: constant memory per
 * subject, exact to the minute. The window's totals are kept as buckets enter and leave it, so reading them costs
 * the same however long the window.
 */
public final class WindowCounts {
    private final int buckets;
    private final int[][] counts;
    private final int[] totals;
    /** The newest minute seen; the window holds it and the {@code buckets - 1} before it. */
    private long head = Long.MIN_VALUE;

    public WindowCounts(Duration window, int counters) {
        this.buckets = (int) Math.max(1, window.toMinutes());
        this.counts = new int[counters][buckets];
        this.totals = new int[counters];
    }

    public void add(int counter, Instant t, int n) {
        long minute = TimeSlots.minute(t);
        advance(minute);
        if (minute <= head - buckets) {
            return; // older than the window: already out of it
        }
        counts[counter][TimeSlots.ringIndex(minute, buckets)] += n;
        totals[counter] += n;
    }

    /** Counter {@code counter} summed over the window that ends at {@code now}. */
    public int sum(int counter, Instant now) {
        advance(TimeSlots.minute(now));
        return totals[counter];
    }

    /**
     * Moves the window's end to {@code minute}, dropping the minutes that leave it. A sender idle for the whole window
     * has all its buckets cleared at once; otherwise the slots that leave are walked round the ring, with no division
     * a step.
     */
    private void advance(long minute) {
        if (head == Long.MIN_VALUE) {
            head = minute;
            return;
        }
        if (minute <= head) {
            return;
        }
        if (minute - head >= buckets) {
            for (int[] c : counts) {
                Arrays.fill(c, 0);
            }
            Arrays.fill(totals, 0);
        } else {
            int steps = (int) (minute - head);
            int slot = TimeSlots.ringIndex(head, buckets);
            for (int s = 0; s < steps; s++) {
                slot = slot + 1 == buckets ? 0 : slot + 1;
                for (int c = 0; c < counts.length; c++) {
                    totals[c] -= counts[c][slot];
                    counts[c][slot] = 0;
                }
            }
        }
        head = minute;
    }
}
