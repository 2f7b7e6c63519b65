package org.smtpsentry.dns;

import java.util.List;
import org.smtpsentry.verdict.ProbeFailure;

/** The answers of every blacklist about a target, and the findings made of them. */
public record DnsblReport(String target, List<String> addresses, List<Listing> listings,
                          List<ProbeFailure> findings) {

    public DnsblReport {
        addresses = List.copyOf(addresses);
        listings = List.copyOf(listings);
        findings = List.copyOf(findings);
    }

    /** 0 clean, 1 some lists gave no answer, 2 listed, 3 no list answered at all. */
    public int exitStatus() {
        if (!listings.isEmpty() && listings.stream().allMatch(l -> l.status() == Listing.Status.ERROR
                && l.codes().isEmpty())) {
            return ProbeExit.UNREACHABLE;
        }
        return ProbeExit.of(findings);
    }
}
