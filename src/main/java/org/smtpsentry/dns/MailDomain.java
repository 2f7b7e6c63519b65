package org.smtpsentry.dns;

import java.util.List;
import org.xbill.DNS.Type;

/** {@code smtpsentry dns DOMAIN}: the mail-related DNS records of a domain, each judged by its check. */
public final class MailDomain {
    private final Resolver resolver;

    public MailDomain(Resolver resolver) {
        this.resolver = resolver;
    }

    private static List<DomainCheck> checks() {
        return List.of(new MxCheck(), new SpfCheck(), new DmarcCheck(), new MtaStsCheck(), new TlsRptCheck(),
                new MxPtrCheck());
    }

    public DomainReport check(String domain) {
        String name = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
        DomainFindings findings = new DomainFindings(name);
        // one question first: when it gets no answer, neither would the others, and one finding says it all
        DnsAnswer soa = resolver.query(name, Type.SOA);
        if (soa.status() == DnsAnswer.Status.FAILED) {
            findings.unanswered("resolver", name + " SOA", soa);
            return new DomainReport(name, findings.list(), true);
        }
        for (DomainCheck check : checks()) {
            check.run(name, resolver, findings);
        }
        return new DomainReport(name, findings.list(), false);
    }
}
