package org.smtpsentry.dns;

import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.ReverseMap;
import org.xbill.DNS.Type;

/**
 * The PTR of each MX host's addresses, and whether it is forward-confirmed (the PTR name resolves back to the same
 * address): receivers reject or score mail from addresses without one. At most 10 MX hosts are looked at.
 */
final class MxPtrCheck implements DomainCheck {
    private static final int MAX_HOSTS = 10;

    @Override
    public String name() {
        return "mx-ptr";
    }

    @Override
    public void run(String domain, Resolver resolver, DomainFindings findings) {
        DnsAnswer mx = resolver.query(domain, Type.MX);
        List<MXRecord> hosts = MxCheck.hosts(mx);
        for (MXRecord host : hosts.subList(0, Math.min(MAX_HOSTS, hosts.size()))) {
            String name = host.getTarget().toString(true);
            if (name.equals(".")) {
                continue;
            }
            List<String> addresses = addresses(resolver, name);
            if (addresses.isEmpty()) {
                findings.fail(name(), "MX " + name + " has no A or AAAA record: mail to it cannot be delivered",
                        "publish the MX host's address, or fix the MX record");
            }
            for (String address : addresses) {
                ptr(resolver, findings, name, address);
            }
        }
    }

    private void ptr(Resolver resolver, DomainFindings findings, String host, String address) {
        String reverse;
        try {
            reverse = ReverseMap.fromAddress(address).toString();
        } catch (java.net.UnknownHostException e) {
            return;
        }
        DnsAnswer answer = resolver.query(reverse, Type.PTR);
        if (answer.status() == DnsAnswer.Status.FAILED) {
            findings.unanswered(name(), reverse + " PTR", answer);
            return;
        }
        List<String> names = new ArrayList<>();
        for (Record r : answer.records()) {
            names.add(((PTRRecord) r).getTarget().toString(true));
        }
        if (names.isEmpty()) {
            findings.warn(name(), "MX " + host + " " + address + " has no PTR: many receivers refuse mail from it",
                    "ask the owner of " + address + " (hosting provider, ISP) for a PTR naming " + host);
            return;
        }
        for (String ptr : names) {
            if (addresses(resolver, ptr).contains(address)) {
                findings.info(name(), "MX " + host + " " + address + " PTR " + ptr + ", forward-confirmed");
                return;
            }
        }
        findings.warn(name(), "MX " + host + " " + address + " PTR " + String.join(" ", names)
                + " does not resolve back to " + address + " (not forward-confirmed)",
                "make the PTR name's A/AAAA record point to " + address + ", or the PTR to a name that does");
    }

    static List<String> addresses(Resolver resolver, String name) {
        List<String> addresses = new ArrayList<>();
        for (int type : new int[] {Type.A, Type.AAAA}) {
            for (Record r : resolver.query(name, type).records()) {
                if (r instanceof ARecord a) {
                    addresses.add(a.getAddress().getHostAddress());
                } else if (r instanceof AAAARecord a) {
                    addresses.add(a.getAddress().getHostAddress());
                }
            }
        }
        return addresses;
    }
}
