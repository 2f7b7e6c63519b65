package org.smtpsentry.dns;

import java.util.List;
import java.util.Locale;

/** The domain's DMARC record (_dmarc TXT): present, one, valid, and its policy (none only monitors). */
final class DmarcCheck implements DomainCheck {

    @Override
    public String name() {
        return "dmarc";
    }

    @Override
    public void run(String domain, Resolver resolver, DomainFindings findings) {
        String name = "_dmarc." + domain;
        List<String> records = Txt.records(resolver, name,
                t -> t.toLowerCase(Locale.ROOT).replace(" ", "").startsWith("v=dmarc1"), findings, name());
        if (records == null) {
            return;
        }
        String fix = "publish TXT " + name + " \"v=DMARC1; p=quarantine; rua=mailto:dmarc@" + domain + "\"";
        if (records.isEmpty()) {
            findings.warn(name(), "no DMARC record: receivers have no policy for mail that fails SPF and DKIM", fix);
            return;
        }
        if (records.size() > 1) {
            findings.fail(name(), records.size() + " DMARC records (receivers ignore them all)",
                    "keep exactly one TXT record at " + name);
            return;
        }
        String policy = Tags.value(records.get(0), "p");
        findings.info(name(), "DMARC: " + records.get(0));
        if (policy == null || !List.of("none", "quarantine", "reject").contains(policy.toLowerCase(Locale.ROOT))) {
            findings.fail(name(), "DMARC record without a valid p= (none, quarantine or reject): " + records.get(0),
                    fix);
        } else if (policy.equalsIgnoreCase("none")) {
            findings.warn(name(), "DMARC policy p=none only monitors: forged mail is still delivered",
                    "move to p=quarantine, then p=reject, once the reports are clean");
        } else {
            findings.info(name(), "DMARC policy p=" + policy.toLowerCase(Locale.ROOT));
        }
        if (Tags.value(records.get(0), "rua") == null) {
            findings.info(name(), "DMARC has no rua=: nobody receives the aggregate reports");
        }
    }
}
