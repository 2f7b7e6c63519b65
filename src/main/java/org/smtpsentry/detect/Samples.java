package org.smtpsentry.detect;

import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.event.Origin;

/** The first few lines of each kind that show a finding, for its evidence. */
public final class Samples {
    private final int perKind;
    private final List<List<Origin>> kinds = new ArrayList<>();

    public Samples(int kinds, int perKind) {
        this.perKind = perKind;
        for (int i = 0; i < kinds; i++) {
            this.kinds.add(new ArrayList<>(perKind));
        }
    }

    /** Keeps {@code origin} if its kind has room and no kind holds that line yet (one line may show two facts). */
    public void offer(int kind, Origin origin) {
        List<Origin> list = kinds.get(kind);
        if (list.size() >= perKind) {
            return;
        }
        for (List<Origin> k : kinds) {
            for (Origin o : k) {
                if (o.line() == origin.line() && o.source().equals(origin.source())) {
                    return;
                }
            }
        }
        list.add(origin.keep());
    }

    /** All samples, ordered by kind then by arrival. */
    public List<Origin> all() {
        List<Origin> all = new ArrayList<>();
        for (List<Origin> k : kinds) {
            all.addAll(k);
        }
        return all;
    }
}
