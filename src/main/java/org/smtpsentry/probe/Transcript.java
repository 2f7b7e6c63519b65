package org.smtpsentry.probe;

import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.verdict.Evidence;
import org.smtpsentry.verdict.ProbeFailure;

/**
 * The send/expect lines of a probe against one target, in order: "C: " what the probe sent, "S: " what the server
 * answered, "*: " what happened on the wire (TLS started, connection closed). Bounded: a misbehaving server cannot
 * make it grow without end. Checks take the lines since their own mark as the evidence of their findings.
 */
final class Transcript {
    private static final int MAX_LINES = 5_000;
    private static final int EVIDENCE_LINES = 40;

    private final String target;
    private final List<String> lines = new ArrayList<>();

    Transcript(String target) {
        this.target = target;
    }

    void client(String line) {
        add("C: " + line);
    }

    void server(String line) {
        add("S: " + line);
    }

    void note(String line) {
        add("*: " + line);
    }

    int mark() {
        return lines.size();
    }

    /** The lines since {@code mark}, the last 40 of them when there are more. */
    Evidence since(int mark) {
        return ProbeFailure.transcript(target,
                lines.subList(Math.max(mark, lines.size() - EVIDENCE_LINES), lines.size()));
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    private void add(String line) {
        if (lines.size() < MAX_LINES) {
            lines.add(line);
        }
    }
}
