package org.smtpsentry.queue;

import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.event.QueueId;

/**
 * What an action did: the messages it acted on, and those it did not find any more (delivered, expired or removed
 * by someone else meanwhile: not an error on a live queue).
 */
public record ActionOutcome(List<QueueId> done, List<QueueId> gone) {
    public ActionOutcome {
        done = List.copyOf(done);
        gone = List.copyOf(gone);
    }

    /** The outcome of asking for {@code asked} when the MTA reported {@code done}. */
    public static ActionOutcome of(List<QueueId> asked, java.util.Set<QueueId> done) {
        List<QueueId> acted = new ArrayList<>();
        List<QueueId> missing = new ArrayList<>();
        for (QueueId id : asked) {
            (done.contains(id) ? acted : missing).add(id);
        }
        return new ActionOutcome(acted, missing);
    }

    public ActionOutcome plus(ActionOutcome other) {
        List<QueueId> d = new ArrayList<>(done);
        d.addAll(other.done);
        List<QueueId> g = new ArrayList<>(gone);
        g.addAll(other.gone);
        return new ActionOutcome(d, g);
    }
}
