package org.smtpsentry.probe;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The greeting: refused (421, 554: rate limit, ban, tarpit), slow (a greet pause or tarpit), or telling an attacker
 * which software and version to look up exploits for.
 */
final class BannerCheck implements Check {
    private static final List<String> SOFTWARE = List.of("postfix", "exim", "sendmail", "microsoft esmtp",
            "exchange", "icewarp", "merak", "qmail", "mdaemon", "hmailserver", "zimbra", "haraka", "opensmtpd",
            "courier", "kerio", "axigen", "communigate", "mailenable", "smartermail", "debian", "ubuntu",
            "centos", "red hat", "freebsd");
    private static final Pattern VERSION = Pattern.compile("(?<![\\w.])v?(\\d+\\.\\d+(?:\\.\\d+)*)(?![\\w.])");

    @Override
    public String name() {
        return "banner";
    }

    /** The first version-like number ("3.7.11", "v4.96") of the banner; IPv4 addresses do not count. */
    static String version(String banner) {
        Matcher m = VERSION.matcher(banner);
        while (m.find()) {
            if (m.group(1).chars().filter(c -> c == '.').count() != 3) {
                return m.group(1);
            }
        }
        return null;
    }

    @Override
    public void run(PortProbe port) {
        Survey survey = port.survey();
        Findings findings = port.findings();
        Reply greeting = survey.greeting();
        if (!greeting.positive()) {
            findings.info(name(), "the server refused the session at the greeting: " + greeting.summary()
                    + " (rate limiting, tarpitting or a ban of this address); the other checks were skipped",
                    survey.greetingEvidence());
            return;
        }
        long seconds = survey.greetingWait().toSeconds();
        if (survey.greetingWait().compareTo(port.settings().slowGreeting()) >= 0) {
            findings.info(name(), "the greeting took " + seconds + " s: a greet pause or tarpit slows down"
                    + " spam bots (clients that talk before it are rejected)", survey.greetingEvidence());
        }
        String banner = String.join(" ", greeting.lines());
        String lower = banner.toLowerCase(Locale.ROOT);
        String software = null;
        for (String name : SOFTWARE) {
            if (lower.contains(name)) {
                software = name;
                break;
            }
        }
        String disclosed = version(banner);
        if (software != null || disclosed != null) {
            findings.warn(name(), "the banner discloses "
                    + (software != null ? "the software (" + software + ")" : "")
                    + (software != null && disclosed != null ? " and " : "")
                    + (disclosed != null ? "a version (" + disclosed + ")" : "") + ": \"" + banner + "\"",
                    "show only the host name: Postfix smtpd_banner = $myhostname ESMTP; Exim smtp_banner ="
                            + " $smtp_active_hostname ESMTP", survey.greetingEvidence());
        } else {
            findings.info(name(), "neutral banner: \"" + banner + "\"", survey.greetingEvidence());
        }
    }
}
