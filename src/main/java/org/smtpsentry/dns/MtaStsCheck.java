package org.smtpsentry.dns;

import java.util.List;

/**
 * The MTA-STS record (_mta-sts TXT, RFC 8461): "v=STSv1; id=..." announces a policy that makes senders insist on
 * TLS. The policy file itself (https://mta-sts.DOMAIN/.well-known/mta-sts.txt) is not fetched.
 */
final class MtaStsCheck implements DomainCheck {

    @Override
    public String name() {
        return "mta-sts";
    }

    @Override
    public void run(String domain, Resolver resolver, DomainFindings findings) {
        String name = "_mta-sts." + domain;
        List<String> records = Txt.records(resolver, name, t -> t.startsWith("v=STSv1"), findings, name());
        if (records == null) {
            return;
        }
        if (records.isEmpty()) {
            findings.info(name(), "no MTA-STS record: senders may deliver without TLS when an attacker strips"
                    + " STARTTLS (optional: RFC 8461)");
        } else if (records.size() > 1) {
            findings.warn(name(), records.size() + " MTA-STS records: senders ignore MTA-STS",
                    "keep exactly one TXT record at " + name);
        } else {
            String id = Tags.value(records.get(0), "id");
            if (id == null || !id.matches("[A-Za-z0-9]{1,32}")) {
                findings.warn(name(), "MTA-STS record without a valid id= (1-32 letters and digits): "
                        + records.get(0), "publish \"v=STSv1; id=20260101T000000\" and change id with each policy");
            } else {
                findings.info(name(), "MTA-STS: " + records.get(0) + " (the policy file was not fetched)");
            }
        }
    }
}
