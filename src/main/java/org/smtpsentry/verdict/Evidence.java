package org.smtpsentry.verdict;

import java.util.List;
import org.smtpsentry.event.Origin;

/** A few lines, with file:line, that show a verdict is right. */
public record Evidence(List<Origin> samples) {
    public static final Evidence NONE = new Evidence(List.of());

    public Evidence {
        samples = List.copyOf(samples);
    }
}
