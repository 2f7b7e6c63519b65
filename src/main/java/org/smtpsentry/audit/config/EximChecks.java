package org.smtpsentry.audit.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.smtpsentry.verdict.ConfigGap;

/**
 * The checks that Exim's main options allow: AUTH before TLS, submission ports, VRFY, the banner and TLS versions.
 * Relay rules, sender/login matching and rate limits live in ACLs, whose text {@code exim -bP} does not print:
 * {@link #notCheckable()} says so in the report instead of guessing.
 */
final class EximChecks {
    private EximChecks() {
    }

    static List<ConfigGap> check(EximSettings s) {
        List<ConfigGap> out = new ArrayList<>();
        String auth = s.value("auth_advertise_hosts").strip();
        boolean tlsOnly = auth.isEmpty() || auth.contains("tls_in_cipher") || auth.contains("tls_cipher");
        if (!tlsOnly || s.value("tls_advertise_hosts").isBlank()) {
            out.add(gap(s, "auth-without-tls", ConfigGap.Severity.HIGH, "*",
                    "AUTH is advertised without TLS (auth_advertise_hosts = " + auth + ")",
                    "PLAIN and LOGIN send the password base64-encoded: anyone on the path can read it",
                    "auth_advertise_hosts = ${if eq{$tls_in_cipher}{}{}{*}}"));
        }
        List<String> ports = List.of(s.value("daemon_smtp_ports").split("[:,\\s]+"));
        List<String> onConnect = List.of(s.value("tls_on_connect_ports").split("[:,\\s]+"));
        if (!ports.contains("587") && !ports.contains("submission")) {
            out.add(gap(s, "no-submission", ConfigGap.Severity.MEDIUM, "587",
                    "no listener on port 587 (daemon_smtp_ports = " + s.value("daemon_smtp_ports") + ")",
                    "clients then authenticate on port 25, mixed with MX traffic",
                    "daemon_smtp_ports = 25 : 465 : 587"));
        }
        if (!onConnect.contains("465") && !onConnect.contains("submissions") && !onConnect.contains("smtps")) {
            out.add(gap(s, "no-submissions", ConfigGap.Severity.LOW, "465",
                    "no implicit-TLS listener on port 465 (tls_on_connect_ports)",
                    "RFC 8314 prefers implicit TLS for submission",
                    "tls_on_connect_ports = 465 (and 465 in daemon_smtp_ports)"));
        }
        if (!s.value("acl_smtp_vrfy").isBlank()) {
            out.add(gap(s, "vrfy-enabled", ConfigGap.Severity.LOW, "*",
                    "VRFY is handled by ACL " + s.value("acl_smtp_vrfy"),
                    "attackers enumerate valid addresses with VRFY, then guess their passwords",
                    "remove acl_smtp_vrfy (Exim then refuses VRFY)"));
        }
        String banner = s.value("smtp_banner");
        boolean version = banner.contains("$version_number") || banner.contains("$exim_version");
        if (version || banner.toLowerCase(Locale.ROOT).contains("exim")) {
            out.add(gap(s, "banner-discloses-software", version ? ConfigGap.Severity.MEDIUM : ConfigGap.Severity.LOW,
                    "*", "the SMTP banner discloses the software" + (version ? " and its version" : "")
                            + ": smtp_banner = " + banner,
                    "scanners pick targets by software and version",
                    "smtp_banner = $smtp_active_hostname ESMTP"));
        }
        String openssl = s.value("openssl_options");
        String ciphers = s.value("tls_require_ciphers");
        boolean noOld = (openssl.contains("+no_tlsv1") && openssl.contains("+no_tlsv1_1"))
                || (ciphers.contains("-VERS-TLS1.0") && ciphers.contains("-VERS-TLS1.1"))
                || ciphers.contains("-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2");
        if (!noOld) {
            out.add(gap(s, "weak-tls-protocols", ConfigGap.Severity.MEDIUM, "*",
                    "TLS 1.0 and 1.1 are not excluded (openssl_options / tls_require_ciphers)",
                    "TLS 1.0 and 1.1 are deprecated by RFC 8996",
                    "openssl_options = +no_sslv2 +no_sslv3 +no_tlsv1 +no_tlsv1_1 (OpenSSL) or tls_require_ciphers "
                            + "= NORMAL:-VERS-TLS1.0:-VERS-TLS1.1 (GnuTLS)"));
        }
        return out;
    }

    static List<String> notCheckable() {
        return List.of("open relay, sender/login match, rate limits and policy services are ACL rules (acl_smtp_rcpt,"
                + " acl_smtp_mail): exim -bP does not print their text; read them in the configuration file");
    }

    private static ConfigGap gap(EximSettings s, String check, ConfigGap.Severity severity, String listener,
                                 String finding, String why, String fix) {
        return ConfigGap.from(s.source(), "exim", check, severity, listener, finding, why, fix);
    }
}
