package org.smtpsentry.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void theHighestCountsMostFirstAndEqualCountsByName() {
        Map<String, int[]> counts = new HashMap<>(Map.of("b.example", new int[] {3}, "a.example", new int[] {3},
                "c.example", new int[] {9}, "d.example", new int[] {1}));
        assertEquals(List.of(Map.entry("c.example", 9L), Map.entry("a.example", 3L), Map.entry("b.example", 3L)),
                Ranking.top(counts, c -> c[0], 3));
        assertEquals(4, Ranking.top(counts, c -> c[0], 10).size(), "fewer names than asked for: all of them");
        assertEquals(List.of(), Ranking.top(Map.<String, int[]>of(), c -> c[0], 5));
    }

    @Test
    void picksWhatAFullSortWouldPick() {
        Random random = new Random(7);
        Map<String, Long> counts = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            counts.put("d" + random.nextInt(100_000) + ".example", (long) random.nextInt(40));
        }
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        assertEquals(sorted.subList(0, 20).stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList(),
                Ranking.top(counts, Long::longValue, 20));
    }
}
