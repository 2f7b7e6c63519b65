package org.smtpsentry.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.xbill.DNS.Record;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/** TXT records as texts: the strings of one record joined without spaces (RFC 7208 3.3). */
final class Txt {
    private Txt() {
    }

    /**
     * The texts of the TXT records at {@code name} that {@code kind} accepts (e.g. those starting "v=DMARC1"); null
     * when the resolver gave no usable answer, which is then the {@code check}'s finding.
     */
    static List<String> records(Resolver resolver, String name, Predicate<String> kind, DomainFindings findings,
                                String check) {
        DnsAnswer answer = resolver.query(name, Type.TXT);
        if (answer.status() == DnsAnswer.Status.FAILED) {
            findings.unanswered(check, name + " TXT", answer);
            return null;
        }
        return texts(answer).stream().filter(kind).toList();
    }

    static List<String> texts(DnsAnswer answer) {
        List<String> texts = new ArrayList<>();
        for (Record r : answer.records()) {
            if (r instanceof TXTRecord txt) {
                texts.add(String.join("", txt.getStrings()));
            }
        }
        return texts;
    }
}
