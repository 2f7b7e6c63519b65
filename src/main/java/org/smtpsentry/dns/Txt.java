package org.smtpsentry.dns;

import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.Record;
import org.xbill.DNS.TXTRecord;

/** TXT records as texts: the strings of one record joined without spaces (RFC 7208 3.3). */
final class Txt {
    private Txt() {
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
