package org.smtpsentry.dns;

import java.util.Locale;

/** Tag-value lists of DMARC, MTA-STS and TLS-RPT records: "v=DMARC1; p=reject; rua=mailto:x@example.com". */
final class Tags {
    private Tags() {
    }

    /** The value of {@code tag}, or null. */
    static String value(String record, String tag) {
        for (String part : record.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).trim().toLowerCase(Locale.ROOT).equals(tag)) {
                return part.substring(eq + 1).trim();
            }
        }
        return null;
    }
}
