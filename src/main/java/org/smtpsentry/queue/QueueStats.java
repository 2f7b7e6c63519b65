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
import java.util.function.Function;
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
        for (QueuedMessage m : queue) {
            bytes += m.size();
            rcpts += m.recipients().size();
        }
        Map<String, Long> ages = tally(queue, m -> Set.of(Ages.bucket(Duration.between(m.arrival(), now))));
        List<Count> byAge = AGE_ORDER.stream().filter(ages::containsKey).map(a -> new Count(a, ages.get(a))).toList();
        return new QueueStats(queue.size(), bytes, rcpts,
                top(tally(queue, m -> Set.of(m.queue())), Integer.MAX_VALUE),
                top(tally(queue, m -> Set.of(m.sender().isNullSender() ? "<>" : m.sender().address())), top),
                top(tally(queue, m -> Set.of(m.login().isEmpty() ? "(none)" : m.login())), top),
                top(tally(queue, QueueStats::domains), top),
                top(tally(queue, m -> Set.of(m.client().isEmpty() ? "(local)" : m.client())), top),
                byAge);
    }

    private static Set<String> domains(QueuedMessage m) {
        Set<String> d = new HashSet<>();
        for (Mailbox r : m.recipients()) {
            d.add(r.domain());
        }
        return d;
    }

    private static Map<String, Long> tally(Collection<QueuedMessage> queue, Function<QueuedMessage, Set<String>> keys) {
        Map<String, Long> counts = new HashMap<>();
        for (QueuedMessage m : queue) {
            for (String k : keys.apply(m)) {
                counts.merge(k, 1L, Long::sum);
            }
        }
        return counts;
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
