package org.smtpsentry.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The names with the highest counts (recipient domains, sender addresses), most first, equal counts by name.
 * One pass that keeps the best few: the maps ranked hold up to 100,000 names (a spam run's made-up domains), and
 * sorting them all took a report longer than writing it.
 */
public final class Ranking {
    private Ranking() {
    }

    public static <V> List<Map.Entry<String, Long>> top(Map<String, V> counts, ToLongFunction<V> count, int n) {
        List<Map.Entry<String, Long>> best = new ArrayList<>(n + 1);
        for (Map.Entry<String, V> e : counts.entrySet()) {
            long c = count.applyAsLong(e.getValue());
            int at = best.size();
            while (at > 0 && before(c, e.getKey(), best.get(at - 1))) {
                at--;
            }
            if (at < n) {
                best.add(at, Map.entry(e.getKey(), c));
                if (best.size() > n) {
                    best.remove(n);
                }
            }
        }
        return best;
    }

    private static boolean before(long count, String name, Map.Entry<String, Long> other) {
        return count > other.getValue() || count == other.getValue() && name.compareTo(other.getKey()) < 0;
    }
}
