package org.smtpsentry.probe;

import java.util.List;
import org.smtpsentry.dns.ProbeExit;
import org.smtpsentry.verdict.ProbeFailure;

/** What a probe found: the ports tried and every finding, in order. */
public record ProbeReport(String host, List<PortResult> ports, List<ProbeFailure> findings) {
    /** Exit status when no port could be connected to. */
    public static final int UNREACHABLE = ProbeExit.UNREACHABLE;

    public ProbeReport {
        ports = List.copyOf(ports);
        findings = List.copyOf(findings);
    }

    /** 0 nothing to fix, 1 warnings, 2 failures, 3 no port could be connected to. */
    public int exitStatus() {
        if (ports.stream().noneMatch(PortResult::reached)) {
            return UNREACHABLE;
        }
        return ProbeExit.of(findings);
    }
}
