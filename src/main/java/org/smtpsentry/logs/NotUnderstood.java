package org.smtpsentry.logs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smtpsentry.event.Origin;

/** The tally of lines not understood, per kind, with the first place each kind was seen. */
public final class NotUnderstood {
    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private String first;

    /** One kind of line not understood: how many, and where the first one was. */
    public record Kind(String kind, long count, String first) {
    }

    void add(String kind, Origin where) {
        if (first == null) {
            first = where.place();
        }
        Kind k = kinds.get(kind);
        kinds.put(kind, k == null ? new Kind(kind, 1, where.place()) : new Kind(kind, k.count() + 1, k.first()));
    }

    /** Where the first line not understood was, or null when every line was. */
    public String first() {
        return first;
    }

    public long total() {
        long n = 0;
        for (Kind k : kinds.values()) {
            n += k.count();
        }
        return n;
    }

    /** The kinds, most frequent first. */
    public List<Kind> kinds() {
        List<Kind> list = new ArrayList<>(kinds.values());
        list.sort((a, b) -> Long.compare(b.count(), a.count()));
        return list;
    }
}
