package org.smtpsentry.dns;

import java.util.Comparator;
import java.util.List;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Type;

/** The domain's MX records: present, absent (mail falls back to the A record), a null MX, or no such domain. */
final class MxCheck implements DomainCheck {

    @Override
    public String name() {
        return "mx";
    }

    @Override
    public void run(String domain, Resolver resolver, DomainFindings findings) {
        DnsAnswer answer = resolver.query(domain, Type.MX);
        switch (answer.status()) {
            case FAILED -> findings.unanswered(name(), domain + " MX", answer);
            case NO_SUCH_NAME -> findings.fail(name(), domain + " does not exist (NXDOMAIN)",
                    "check the domain's spelling and delegation");
            case FOUND -> {
                List<MXRecord> mx = hosts(answer);
                if (mx.isEmpty()) {
                    findings.warn(name(), "no MX record: senders fall back to the domain's A record",
                            "publish MX records for the mail servers");
                } else if (mx.size() == 1 && mx.get(0).getTarget().toString().equals(".")) {
                    findings.info(name(), "null MX (RFC 7505): the domain receives no mail");
                } else {
                    findings.info(name(), "MX: " + String.join(", ", mx.stream()
                            .map(r -> r.getPriority() + " " + r.getTarget().toString(true)).toList()));
                }
            }
        }
    }

    /** The MX records by preference. */
    static List<MXRecord> hosts(DnsAnswer answer) {
        return answer.records().stream().filter(MXRecord.class::isInstance).map(MXRecord.class::cast)
                .sorted(Comparator.comparingInt(MXRecord::getPriority)).toList();
    }
}
