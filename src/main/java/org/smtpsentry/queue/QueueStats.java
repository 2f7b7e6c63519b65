package org.smtpsentry.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.smtpsentry.event.Mailbox;

/** A queue at a glance: how many messages, and the top senders, logins, recipient domains, clients and ages. */
public record QueueStats(long messages, long bytes, long recipients, List<Count> byQueue, List<Count> bySender,
                         List<Count> byLogin, List<Count> byRecipientDomain, List<Count> byClient, List<Count> byAge) {

    /** How many messages share one value. */
    public record Count(String key, long messages) {
    }

    private static final List<String> AGE_ORDER = List.of("< 1h", "1-6h", "6-24h", "1-3d", "> 3d");

    public static QueueStats of(Collection<QueuedMessage> queue, Instant now, int top) {
        return of(queue.parallelStream(), now, top);
    }

    /**
     * Counts the messages as they come: none is kept (on 100,000 messages, keeping them all costs more in garbage
     * collection than the counting itself).
     */
    public static QueueStats of(Stream<QueuedMessage> queue, Instant now, int top) {
        // a tally per thread merged at the end, when the stream is parallel
        Tally t = queue.collect(() -> new Tally(now), Tally::add, Tally::addAll);
        List<Count> byAge = AGE_ORDER.stream().filter(t.ages::containsKey)
                .map(a -> new Count(a, t.ages.get(a)[0])).toList();
        return new QueueStats(t.messages, t.bytes, t.rcpts, top(t.queues, Integer.MAX_VALUE), top(t.senders, top),
                top(t.logins, top), top(t.domains, top), top(t.clients, top), byAge);
    }

    /** Every figure of a part of the queue, counted in one pass. */
    private static final class Tally {
        private final Instant now;
        private long messages;
        private long bytes;
        private long rcpts;
        private final Map<String, long[]> queues = new HashMap<>();
        private final Map<String, long[]> senders = new HashMap<>();
        private final Map<String, long[]> logins = new HashMap<>();
        private final Map<String, long[]> domains = new HashMap<>();
        private final Map<String, long[]> clients = new HashMap<>();
        private final Map<String, long[]> ages = new HashMap<>();
        private final Set<String> seen = new HashSet<>();

        Tally(Instant now) {
            this.now = now;
        }

        void add(QueuedMessage m) {
            messages++;
            bytes += m.size();
            rcpts += m.recipients().size();
            count(queues, m.queue(), 1);
            count(senders, m.sender().isNullSender() ? "<>" : m.sender().address(), 1);
            count(logins, m.login().isEmpty() ? "(none)" : m.login(), 1);
            count(clients, m.client().isEmpty() ? "(local)" : m.client(), 1);
            count(ages, Ages.bucket(Duration.between(m.arrival(), now)), 1);
            List<Mailbox> rcpts = m.recipients();
            if (rcpts.size() == 1) { // most messages: no set needed to count the domain once
                count(domains, rcpts.getFirst().domain(), 1);
            } else {
                seen.clear();
                for (int i = 0; i < rcpts.size(); i++) { // indexed: no iterator per message
                    String domain = rcpts.get(i).domain();
                    if (seen.add(domain)) {
                        count(domains, domain, 1);
                    }
                }
            }
        }

        void addAll(Tally o) {
            messages += o.messages;
            bytes += o.bytes;
            rcpts += o.rcpts;
            merge(queues, o.queues);
            merge(senders, o.senders);
            merge(logins, o.logins);
            merge(clients, o.clients);
            merge(ages, o.ages);
            merge(domains, o.domains);
        }

        private static void merge(Map<String, long[]> into, Map<String, long[]> from) {
            from.forEach((k, v) -> count(into, k, v[0]));
        }

        /** A long[1] per key: counting does not box a Long per message. */
        private static void count(Map<String, long[]> counts, String key, long n) {
            counts.computeIfAbsent(key, k -> new long[1])[0] += n;
        }
    }

    private static List<Count> top(Map<String, long[]> counts, int n) {
        return counts.entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue()[0]))
                .sorted(Comparator.comparingLong(Count::messages).reversed().thenComparing(Count::key))
                .limit(n)
                .toList();
    }
}
