package org.smtpsentry.audit.config;

import java.util.List;
import java.util.Locale;
import org.smtpsentry.verdict.ConfigGap;

/** The greeting names the software ($mail_name, "Postfix") or its version ($mail_version). */
final class BannerDisclosure implements PostfixCheck {
    @Override
    public List<ConfigGap> check(PostfixSettings s) {
        String raw = s.raw(null, "smtpd_banner");
        String shown = s.value(null, "smtpd_banner");
        boolean version = raw.contains("$mail_version") || raw.contains("${mail_version}");
        boolean software = version || raw.contains("$mail_name") || raw.contains("${mail_name}")
                || shown.toLowerCase(Locale.ROOT).contains("postfix") || raw.contains("Debian")
                || raw.contains("Ubuntu");
        if (!software) {
            return List.of();
        }
        return List.of(PostfixCheck.gap(s, "banner-discloses-software",
                version ? ConfigGap.Severity.MEDIUM : ConfigGap.Severity.LOW, "*",
                "the SMTP banner discloses " + (version ? "the software and its version" : "the software")
                        + ": smtpd_banner = " + raw,
                "scanners pick targets by software and version; the greeting needs only the host name",
                "main.cf: smtpd_banner = $myhostname ESMTP"));
    }
}
