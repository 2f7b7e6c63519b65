package org.smtpsentry.detect;

import java.time.Duration;
import java.time.Instant;

/**
 * The times of the last {@code maxretry} occurrences, which is all fail2ban's test needs: "maxretry occurrences
 * within findtime" holds exactly when the oldest of the last maxretry is no older than findtime. Constant memory
 * per subject, whatever the attack's length.
 */
public final class RecentTimes {
    private final long[] millis;
    private int next;
    private int size;

    public RecentTimes(int maxretry) {
        this.millis = new long[Math.max(1, maxretry)];
    }

    public void add(Instant t) {
        millis[next] = t.toEpochMilli();
        next = (next + 1) % millis.length;
        size = Math.min(size + 1, millis.length);
    }

    /** Whether the last maxretry occurrences all fall within {@code findtime} before {@code now}. */
    public boolean reached(Instant now, Duration findtime) {
        if (size < millis.length) {
            return false;
        }
        long oldest = millis[next]; // the ring is full: the next slot holds the oldest
        return now.toEpochMilli() - oldest <= findtime.toMillis();
    }
}
