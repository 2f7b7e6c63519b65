package org.smtpsentry.detect;

import java.util.List;
import java.util.Set;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.trail.Trail;
import org.smtpsentry.verdict.Verdict;

/**
 * A detection rule: sees every event in event-time order, flags a subject the moment its thresholds are crossed
 * (what the live daemon acts on), and at the end gives its findings with the evidence of the whole input.
 */
public interface Rule {

    /**
     * The kinds of event {@link #observe} reads: the engine gives it these only, and a log reader may leave the
     * others out, sparing the work of making them (a Postfix log's TLS notices are a twelfth of its lines).
     */
    Set<Class<? extends MailEvent>> reads();

    /** Sees {@code event}; {@code before} is the correlation trail as it stood before the event. */
    void observe(MailEvent event, Trail before, Detection detection);

    /** The verdicts for everything flagged, with the evidence gathered up to the last event. */
    List<Verdict> findings();
}
