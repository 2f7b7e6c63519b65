package org.smtpsentry.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeSlotsTest {

    @Test
    void minutesAndHoursAreTheFloorOfTheEpochSecondOnBothSidesOfTheIntRange() {
        long[] seconds = {0, 59, 60, 3599, 3600, 1_795_000_123L, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L,
            4_102_444_800L /* 2100 */, -1, -60, -61, -3601, Instant.MIN.getEpochSecond()};
        for (long s : seconds) {
            Instant t = Instant.ofEpochSecond(s, 999_999_999);
            assertEquals(Math.floorDiv(s, 60), TimeSlots.minute(t), "minute of " + s);
            assertEquals(Math.floorDiv(s, 3600), TimeSlots.hour(t), "hour of " + s);
        }
    }

    @Test
    void aRingIndexIsTheFloorModulo() {
        long[] slots = {0, 1, 59, 60, 29_916_668L, Integer.MAX_VALUE, Integer.MAX_VALUE + 7L, -1, -60, -61};
        for (long slot : slots) {
            assertEquals(Math.floorMod(slot, 60L), TimeSlots.ringIndex(slot, 60), "ring index of " + slot);
        }
    }
}
