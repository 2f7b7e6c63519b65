package org.smtpsentry.dns;

import java.util.List;
import org.smtpsentry.verdict.ProbeFailure;

/** The findings about a domain's mail records; {@code unanswered}: the resolver did not answer at all. */
public record DomainReport(String domain, List<ProbeFailure> findings, boolean unanswered) {

    public DomainReport {
        findings = List.copyOf(findings);
    }

    /** 0 nothing to fix, 1 warnings, 2 failures, 3 the resolver did not answer. */
    public int exitStatus() {
        if (unanswered) {
            return ProbeExit.UNREACHABLE;
        }
        return ProbeExit.of(findings);
    }
}
