package org.smtpsentry.detect.rules;

import java.time.Instant;
import java.util.Iterator;
import java.util.Map;

/** What a per-IP rule keeps of one address: when it was first and last seen, and when it was flagged (or null). */
abstract class IpActivity {
    Instant first;
    Instant last;
    Instant flagged;

    /** Notes an attempt at {@code t}. */
    void seen(Instant t) {
        if (first == null) {
            first = t;
        }
        last = t;
    }

    /**
     * Forgets the addresses never flagged and quiet since {@code horizon}: they cannot reach the threshold any more. A
     * loop, not {@code removeIf} with a lambda: the first sweep comes in the middle of a run, where linking a lambda
     * the start-up archive lacks (its training log is too short to sweep) cost the detection thread some 6 ms.
     */
    static void forgetQuiet(Map<String, ? extends IpActivity> sources, Instant horizon) {
        for (Iterator<? extends IpActivity> i = sources.values().iterator(); i.hasNext(); ) {
            IpActivity s = i.next();
            if (s.flagged == null && s.last != null && s.last.isBefore(horizon)) {
                i.remove();
            }
        }
    }
}
