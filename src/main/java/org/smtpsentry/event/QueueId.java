package org.smtpsentry.event;

import java.util.Objects;

/** An MTA's id for one message in its queue (Postfix "4Fv2Qm1kZtz8w", Exim "1tXyZ-000123-AB", IceWarp "TUQ42143"). */
public record QueueId(String value) {
    public QueueId {
        // The hash is computed (and kept by the string) where ids are made, on a log's reading thread, rather than at
        // their first lookup on the detection thread, the busier one.
        Objects.hashCode(value);
    }

    // equals and hashCode written out: the trail and the rules look every event's id up several times, and the
    // generated record methods go through method handles that cost more than the lookups themselves before JIT.
    @Override
    public boolean equals(Object o) {
        return o instanceof QueueId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
