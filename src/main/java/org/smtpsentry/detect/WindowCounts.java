package org.smtpsentry.detect;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts of several things over a sliding window of event time, in one-minute buckets: constant memory per
 * subject, exact to the minute. Counter {@code c} of the window ending now is {@link #sum(int, Instant)}.
 */
public final class WindowCounts {
    private static final long BUCKET_MILLIS = 60_000;

    private final int buckets;
    private final long[] bucketStart;
    private final int[][] counts;

    public WindowCounts(Duration window, int counters) {
        this.buckets = (int) Math.max(1, window.toMillis() / BUCKET_MILLIS);
        this.bucketStart = new long[buckets];
        java.util.Arrays.fill(bucketStart, Long.MIN_VALUE);
        this.counts = new int[counters][buckets];
    }

    public void add(int counter, Instant t, int n) {
        long start = Math.floorDiv(t.toEpochMilli(), BUCKET_MILLIS) * BUCKET_MILLIS;
        int slot = (int) Math.floorMod(start / BUCKET_MILLIS, (long) buckets);
        if (bucketStart[slot] != start) {
            if (bucketStart[slot] > start) {
                return; // older than the window: already out of it
            }
            bucketStart[slot] = start;
            for (int[] c : counts) {
                c[slot] = 0;
            }
        }
        counts[counter][slot] += n;
    }

    /** Counter {@code counter} summed over the window that ends at {@code now}. */
    public int sum(int counter, Instant now) {
        long nowBucket = Math.floorDiv(now.toEpochMilli(), BUCKET_MILLIS) * BUCKET_MILLIS;
        long oldest = nowBucket - (buckets - 1) * BUCKET_MILLIS;
        int total = 0;
        for (int i = 0; i < buckets; i++) {
            if (bucketStart[i] >= oldest && bucketStart[i] <= nowBucket) {
                total += counts[counter][i];
            }
        }
        return total;
    }
}
