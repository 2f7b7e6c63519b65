package org.smtpsentry.logs;

import java.util.ArrayList;
import java.util.List;

/**
 * The log lines of one SMTP session, in log order: every line of the session when its log could be read again, else
 * the lines that became events ({@code caveats} then says why). A long session keeps its first lines ({@code head})
 * and its last ({@code tail}); {@code omitted} lines between them are only counted.
 */
public record SessionTranscript(List<Line> head, long omitted, List<Line> tail, List<String> caveats) {

    /** One line: {@code place} is file:line, {@code note} says what an AUTH line means (user, masked password). */
    public record Line(String place, String text, String note) {
    }

    public List<Line> lines() {
        List<Line> all = new ArrayList<>(head.size() + tail.size());
        all.addAll(head);
        all.addAll(tail);
        return all;
    }

    public boolean isEmpty() {
        return head.isEmpty();
    }
}
