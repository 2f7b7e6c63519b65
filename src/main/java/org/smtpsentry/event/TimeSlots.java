package org.smtpsentry.event;

import java.time.Instant;

/**
 * Which minute or hour since the epoch an event's time falls in, for counting per minute and per hour. Asked for at
 * every event, so done in int arithmetic while the epoch second fits one (until 2038): C1 leaves long division to a
 * runtime call (see MailEvent).
 */
public final class TimeSlots {
    private TimeSlots() {
    }

    public static long minute(Instant t) {
        return slot(t.getEpochSecond(), 60);
    }

    public static long hour(Instant t) {
        return slot(t.getEpochSecond(), 3600);
    }

    /** {@code Math.floorMod(slot, slots)}: where a slot goes in a ring of {@code slots}. */
    public static int ringIndex(long slot, int slots) {
        return slot >= 0 && slot <= Integer.MAX_VALUE ? (int) slot % slots : (int) Math.floorMod(slot, (long) slots);
    }

    private static long slot(long second, int length) {
        return second >= 0 && second <= Integer.MAX_VALUE ? (int) second / length : Math.floorDiv(second, length);
    }
}
