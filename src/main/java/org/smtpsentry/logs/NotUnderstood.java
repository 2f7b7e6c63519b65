package org.smtpsentry.logs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smtpsentry.event.Origin;

/**
 * The tally of lines not understood, per kind, with the first place each kind was seen. Each input keeps its own, made
 * of its pieces' (decoded on two threads) and of the checks made as its events are handed out; the report sees them
 * merged in the order of the inputs' first events.
 */
public final class NotUnderstood {
    private final Map<String, Tally> kinds = new LinkedHashMap<>();
    private Origin first;

    /** One kind of line not understood: how many, and where the first one was. */
    public record Kind(String kind, long count, String first) {
    }

    private static final class Tally {
        Origin first;
        long count;

        Tally(Origin first) {
            this.first = first;
        }
    }

    /** One more line of {@code kind}, of the input this tally is of: the first by line number stays first. */
    void add(String kind, Origin where) {
        add(kind, where, 1);
    }

    /** The tally of a piece of the same input. */
    void add(NotUnderstood piece) {
        piece.kinds.forEach((kind, t) -> add(kind, t.first, t.count));
    }

    private void add(String kind, Origin where, long count) {
        if (first == null || where.line() < first.line()) {
            first = where.keep();
        }
        Tally t = kinds.get(kind);
        if (t == null) {
            t = new Tally(where.keep());
            kinds.put(kind, t);
        } else if (where.line() < t.first.line()) {
            t.first = where.keep();
        }
        t.count += count;
    }

    /** This tally with {@code later}'s, of another input, added after it: firsts stay the earlier input's. */
    NotUnderstood then(NotUnderstood later) {
        NotUnderstood merged = new NotUnderstood();
        for (NotUnderstood part : List.of(this, later)) {
            part.kinds.forEach((kind, t) -> {
                Tally m = merged.kinds.get(kind);
                if (m == null) {
                    m = new Tally(t.first);
                    merged.kinds.put(kind, m);
                }
                m.count += t.count;
            });
        }
        merged.first = first != null ? first : later.first;
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
