package org.smtpsentry.detect.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smtpsentry.detect.HourCounts;
import org.smtpsentry.detect.LocalDomains;
import org.smtpsentry.detect.Samples;
import org.smtpsentry.detect.WindowCounts;
import org.smtpsentry.event.DeliveryAttempt;
import org.smtpsentry.event.DeliveryStatus;
import org.smtpsentry.event.Origin;
import org.smtpsentry.verdict.Ranking;
import org.smtpsentry.verdict.Traffic;

/**
 * What one sender (a login, a local uid) sent, in total and over the sliding window: messages, recipients, external
 * recipients, undeliverable ones and forged senders, plus messages per hour for its usual and peak rates.
 * A recipient counts once per message, at its first delivery attempt; it is undeliverable while its latest attempt
 * deferred or bounced.
 */
final class SenderTraffic {
    static final int MESSAGES = 0;
    static final int RECIPIENTS = 1;
    static final int EXTERNAL = 2;
    static final int UNDELIVERABLE = 3;
    static final int FORGED = 4;

    static final int SAMPLE_MESSAGE = 0;
    static final int SAMPLE_FORGED = 1;
    static final int SAMPLE_UNDELIVERABLE = 2;

    private static final int DOMAINS_KEPT = 10_000;

    final WindowCounts window;
    final Samples samples = new Samples(3, 2);
    /** Recipients per domain, for the first {@code DOMAINS_KEPT} domains (a counter each: no boxing per recipient). */
    final Map<String, int[]> domains = new HashMap<>();
    private final HourCounts perHour = new HourCounts();
    int messages;
    int recipients;
    int external;
    int undeliverable;
    int forged;
    Instant first;
    Instant last;

    SenderTraffic(Duration findtime) {
        this.window = new WindowCounts(findtime, 5);
    }

    void message(Instant t, Origin origin) {
        messages++;
        window.add(MESSAGES, t, 1);
        perHour.add(t);
        samples.offer(SAMPLE_MESSAGE, origin);
        seen(t);
    }

    void forged(Instant t, Origin origin) {
        forged++;
        window.add(FORGED, t, 1);
        samples.offer(SAMPLE_FORGED, origin);
    }

    /** A delivery attempt; {@code previous} is the recipient's status before it, null at its first attempt. */
    void delivery(DeliveryAttempt d, DeliveryStatus previous, LocalDomains local) {
        seen(d.time());
        boolean nowUndeliverable = d.status().undeliverable();
        if (previous == null) {
            recipients++;
            window.add(RECIPIENTS, d.time(), 1);
            String domain = d.recipient().domain();
            int[] n = domains.get(domain);
            if (n == null && domains.size() < DOMAINS_KEPT) { // not computeIfAbsent: no lambda (see MailEvent)
                n = new int[1];
                domains.put(domain, n);
            }
            if (n != null) {
                n[0]++;
            }
            if (!local.isLocal(d.recipient())) {
                external++;
                window.add(EXTERNAL, d.time(), 1);
            }
            if (nowUndeliverable) {
                undeliverable++;
                window.add(UNDELIVERABLE, d.time(), 1);
                samples.offer(SAMPLE_UNDELIVERABLE, d.origin());
            }
        } else if (previous.undeliverable() && !nowUndeliverable) {
            undeliverable--; // delivered at a retry (greylisting): it was deliverable after all
        }
    }

    int inWindow(int counter, Instant now) {
        return window.sum(counter, now);
    }

    /** The highest count of messages in one clock hour. */
    int peakPerHour() {
        return perHour.peak();
    }

    /** Messages in each clock hour with any (its start), for the timeline of a flagged sender. */
    Map<Instant, Integer> messagesPerHour() {
        return perHour.byHour();
    }

    /** Mean messages per active hour before {@code until} (0 when none): the sender's usual rate. */
    double usualPerHour(Instant until) {
        return perHour.meanBefore(until);
    }

    Traffic traffic() {
        List<Traffic.Count> topDomains = Ranking.top(domains, c -> c[0], 5).stream()
                .map(e -> new Traffic.Count(e.getKey(), e.getValue().intValue())).toList();
        return new Traffic(messages, recipients, domains.size(), external, undeliverable, forged, topDomains);
    }

    private void seen(Instant t) {
        if (first == null || t.isBefore(first)) {
            first = t;
        }
        if (last == null || t.isAfter(last)) {
            last = t;
        }
    }
}
