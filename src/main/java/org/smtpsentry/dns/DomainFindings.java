package org.smtpsentry.dns;

import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.verdict.Evidence;
import org.smtpsentry.verdict.ProbeFailure;
import org.smtpsentry.verdict.ProbeFailure.Grade;

/** The findings about one domain, in the order the checks made them. */
final class DomainFindings {
    private final String domain;
    private final List<ProbeFailure> list = new ArrayList<>();

    DomainFindings(String domain) {
        this.domain = domain;
    }

    void fail(String check, String finding, String fix) {
        list.add(new ProbeFailure(domain, check, Grade.FAIL, finding, fix, Evidence.NONE));
    }

    void warn(String check, String finding, String fix) {
        list.add(new ProbeFailure(domain, check, Grade.WARN, finding, fix, Evidence.NONE));
    }

    void info(String check, String finding) {
        list.add(new ProbeFailure(domain, check, Grade.INFO, finding, "", Evidence.NONE));
    }

    /** A lookup that got no usable answer: the check cannot judge the record. */
    void unanswered(String check, String name, DnsAnswer answer) {
        warn(check, "no answer for " + name + ": " + answer.problem(), "check the resolver (--resolver) and the"
                + " domain's name servers");
    }

    List<ProbeFailure> list() {
        return List.copyOf(list);
    }
}
