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
import org.smtpsentry.event.Mailbox;

/** A queue at a glance: how many messages, and the top senders, logins, recipient domains, clients and ages. */
public record QueueStats(long messages, long bytes, long recipients, List<Count> byQueue, List<Count> bySender,
                         List<Count> byLogin, List<Count> byRecipientDomain, List<Count> byClient, List<Count> byAge) {

    /** How many messages share one value. */
    public record Count(String key, long messages) {
    }

    private static final List<String> AGE_ORDER = List.of("< 1h", "1-6h", "6-24h", "1-3d", "> 3d");

    public static QueueStats of(Collection<QueuedMessage> queue, Instant now, int top) {
        long bytes = 0;
        long rcpts = 0;
        Map<String, Long> queues = new HashMap<>();
        Map<String, Long> senders = new HashMap<>();
        Map<String, Long> logins = new HashMap<>();
        Map<String, Long> domains = new HashMap<>();
        Map<String, Long> clients = new HashMap<>();
        Map<String, Long> ages = new HashMap<>();
        Set<String> seen = new HashSet<>();
        // one pass, counting every figure of a message at once
        for (QueuedMessage m : queue) {
            bytes += m.size();
            rcpts += m.recipients().size();
            count(queues, m.queue());
            count(senders, m.sender().isNullSender() ? "<>" : m.sender().address());
            count(logins, m.login().isEmpty() ? "(none)" : m.login());
            count(clients, m.client().isEmpty() ? "(local)" : m.client());
            count(ages, Ages.bucket(Duration.between(m.arrival(), now)));
            seen.clear();
            for (Mailbox r : m.recipients()) {
                if (seen.add(r.domain())) {
                    count(domains, r.domain());
                }
            }
        }
        List<Count> byAge = AGE_ORDER.stream().filter(ages::containsKey).map(a -> new Count(a, ages.get(a))).toList();
        return new QueueStats(queue.size(), bytes, rcpts, top(queues, Integer.MAX_VALUE), top(senders, top),
                top(logins, top), top(domains, top), top(clients, top), byAge);
    }

    private static void count(Map<String, Long> counts, String key) {
        counts.merge(key, 1L, Long::sum);
    }

    private static List<Count> top(Map<String, Long> counts, int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .map(e -> new Count(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Count::messages).reversed().thenComparing(Count::key))
                .toList();
    }
}
