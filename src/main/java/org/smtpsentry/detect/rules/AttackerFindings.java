package org.smtpsentry.detect.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.smtpsentry.verdict.AttackingIp;
import org.smtpsentry.verdict.Verdict;

/** The findings of a per-IP rule: a verdict for each flagged address, the busiest first. */
final class AttackerFindings {
    private AttackerFindings() {
    }

    static <S extends IpActivity> List<Verdict> of(Map<String, S> sources, BiFunction<String, S, AttackingIp> verdict) {
        List<AttackingIp> found = new ArrayList<>();
        sources.forEach((ip, s) -> {
            if (s.flagged != null) {
                found.add(verdict.apply(ip, s));
            }
        });
        // spelt out: the JDK's comparator combinators link their lambdas at run time, some 5 ms of every report
        found.sort((a, b) -> a.attempts() != b.attempts() ? Integer.compare(b.attempts(), a.attempts())
                : a.ip().compareTo(b.ip()));
        return List.copyOf(found);
    }
}
