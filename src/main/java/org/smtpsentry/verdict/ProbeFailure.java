package org.smtpsentry.verdict;

import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.event.Origin;

/**
 * A finding of {@code smtpsentry probe} or of the DNS checks: what was seen on {@code target} (host:port, a domain,
 * an IP) by {@code check}, how serious it is, and the one-line fix. {@link Evidence} holds the send/expect transcript
 * lines ("C: EHLO probe", "S: 250-AUTH PLAIN LOGIN") with the target as their source, secrets masked.
 */
public record ProbeFailure(String target, String check, Grade grade, String finding, String fix, Evidence evidence)
        implements Verdict {

    /** How serious a finding is; the worst grade of a run decides the exit status. */
    public enum Grade {
        /** A weakness an attacker can use now. */
        FAIL,
        /** A weakness that needs a look, or a result that could not be trusted. */
        WARN,
        /** A fact worth knowing, with nothing to fix. */
        INFO
    }

    /** Transcript lines as evidence, each with {@code target} as its source. */
    public static Evidence transcript(String target, List<String> lines) {
        List<Origin> origins = new ArrayList<>(lines.size());
        for (String line : lines) {
            origins.add(new Origin(target, 0, line));
        }
        return new Evidence(origins);
    }

    /** The transcript lines of the evidence, in order. */
    public List<String> transcript() {
        return evidence.samples().stream().map(Origin::text).toList();
    }

    @Override
    public String subject() {
        return target;
    }
}
