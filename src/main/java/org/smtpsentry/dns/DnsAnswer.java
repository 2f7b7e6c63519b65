package org.smtpsentry.dns;

import java.util.List;
import org.xbill.DNS.Record;

/** A resolver's answer to one question: the records, no such name, or no usable answer (and why). */
record DnsAnswer(Status status, List<Record> records, String problem) {

    enum Status {
        /** The name exists; {@code records} may still be empty (no data of that type). */
        FOUND,
        /** NXDOMAIN: the name does not exist. */
        NO_SUCH_NAME,
        /** SERVFAIL, REFUSED, a timeout, a broken answer: nothing can be concluded. */
        FAILED
    }

    DnsAnswer {
        records = List.copyOf(records);
    }

    static DnsAnswer failed(String problem) {
        return new DnsAnswer(Status.FAILED, List.of(), problem);
    }
}
