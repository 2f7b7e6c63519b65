package org.smtpsentry.logs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smtpsentry.event.Origin;

/**
 * The tally of lines not understood, per kind, with the first place each kind was seen. Each input keeps its own
 * (inputs are decoded on threads of their own); the report sees them merged in the order the inputs were named.
 */
public final class NotUnderstood {
    private final Map<String, Tally> kinds = new LinkedHashMap<>();
    private Origin first;

    /** One kind of line not understood: how many, and where the first one was. */
    public record Kind(String kind, long count, String first) {
    }

    private static final class Tally {
        final Origin first;
        long count;

        Tally(Origin first) {
            this.first = first;
        }
    }

    void add(String kind, Origin where) {
        add(kind, where, 1);
    }

    private void add(String kind, Origin where, long count) {
        if (first == null) {
            first = where.keep();
        }
        kinds.computeIfAbsent(kind, k -> new Tally(where.keep())).count += count;
    }

    /** This tally with {@code later}'s added after it: firsts stay the earlier ones. */
    NotUnderstood then(NotUnderstood later) {
        NotUnderstood merged = new NotUnderstood();
        for (NotUnderstood part : List.of(this, later)) {
            part.kinds.forEach((kind, t) -> merged.add(kind, t.first, t.count));
        }
        return merged;
    }

    /** Where the first line not understood was, or null when every line was. */
    public String first() {
        return first == null ? null : first.place();
    }

    public long total() {
        long n = 0;
        for (Tally t : kinds.values()) {
            n += t.count;
        }
        return n;
    }

    /** The kinds, most frequent first. */
    public List<Kind> kinds() {
        List<Kind> list = new ArrayList<>();
        kinds.forEach((kind, t) -> list.add(new Kind(kind, t.count, t.first.place())));
        list.sort((a, b) -> Long.compare(b.count(), a.count()));
        return list;
    }
}
