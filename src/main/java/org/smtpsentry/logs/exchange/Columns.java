package org.smtpsentry.logs.exchange;

import java.util.Arrays;
import java.util.List;

/** The columns a {@code #Fields:} header names, looked up by name once per header, not per line. */
record Columns(List<String> names) {

    static Columns of(String header) {
        return new Columns(Arrays.stream(header.substring(9).split(",")).map(String::trim).toList());
    }

    /** Which columns a reader uses: the first column (date-time) and those named. */
    boolean[] used(String... wanted) {
        boolean[] used = new boolean[names.size()];
        used[0] = true;
        for (String w : wanted) {
            int i = names.indexOf(w);
            if (i >= 0) {
                used[i] = true;
            }
        }
        return used;
    }

    /** The index of a column, or -1 when this log has none of that name. */
    int index(String name) {
        return names.indexOf(name);
    }

    boolean isTracking() {
        return names.contains("event-id") && names.contains("internal-message-id");
    }

    boolean isProtocol() {
        return names.contains("session-id") && names.contains("event") && names.contains("data");
    }
}
