package org.smtpsentry.dns;

import java.util.List;

/** The TLS-RPT record (_smtp._tls TXT, RFC 8460): where senders report TLS failures. */
final class TlsRptCheck implements DomainCheck {

    @Override
    public String name() {
        return "tls-rpt";
    }

    @Override
    public void run(String domain, Resolver resolver, DomainFindings findings) {
        String name = "_smtp._tls." + domain;
        List<String> records = Txt.records(resolver, name, t -> t.startsWith("v=TLSRPTv1"), findings, name());
        if (records == null) {
            return;
        }
        if (records.isEmpty()) {
            findings.info(name(), "no TLS-RPT record: nobody hears about failed TLS deliveries (optional: RFC 8460)");
            return;
        }
        String rua = Tags.value(records.get(0), "rua");
        if (records.size() > 1 || rua == null || !(rua.startsWith("mailto:") || rua.startsWith("https:"))) {
            findings.warn(name(), "TLS-RPT record not usable: " + String.join(" | ", records),
                    "publish one TXT " + name + " \"v=TLSRPTv1; rua=mailto:tls-reports@" + domain + "\"");
        } else {
            findings.info(name(), "TLS-RPT: " + records.get(0));
        }
    }
}
