package org.smtpsentry.probe;

import java.util.ArrayList;
import java.util.List;

/**
 * EHLO: AUTH offered before STARTTLS (passwords on the wire in clear), which mechanisms, OAuth bearer-token
 * mechanisms, and STARTTLS itself.
 */
final class CapabilityCheck implements Check {
    private static final List<String> CLEARTEXT = List.of("PLAIN", "LOGIN");
    private static final List<String> OAUTH = List.of("XOAUTH2", "OAUTHBEARER");

    @Override
    public String name() {
        return "capabilities";
    }

    @Override
    public void run(PortProbe port) {
        Survey survey = port.survey();
        if (!survey.greeted()) {
            return;
        }
        Findings findings = port.findings();
        Ehlo last = survey.last();
        if (!last.reply().positive()) {
            findings.warn(name(), "EHLO refused: " + last.reply().summary(), "let clients say EHLO (RFC 5321)",
                    survey.capabilityEvidence());
            return;
        }
        findings.info(name(), "EHLO capabilities" + (survey.secured() != null ? " under TLS" : "") + ": "
                + String.join(", ", last.capabilities()), survey.capabilityEvidence());
        Ehlo clear = survey.beforeTls();
        if (clear != null) {
            List<String> clearMechanisms = clear.authMechanisms();
            List<String> readable = new ArrayList<>(clearMechanisms);
            readable.retainAll(CLEARTEXT);
            if (!readable.isEmpty()) {
                findings.fail(name(), "AUTH " + String.join(" ", readable) + " offered before STARTTLS: passwords"
                        + " can cross the network in clear", "offer AUTH only under TLS: Postfix smtpd_tls_auth_only"
                        + " = yes; Exim auth_advertise_hosts = ${if eq{$tls_in_cipher}{}{}{*}}",
                        survey.capabilityEvidence());
            } else if (!clearMechanisms.isEmpty()) {
                findings.warn(name(), "AUTH " + String.join(" ", clearMechanisms) + " offered before STARTTLS",
                        "offer AUTH only under TLS: Postfix smtpd_tls_auth_only = yes", survey.capabilityEvidence());
            }
            if (!clear.has("STARTTLS")) {
                if (clearMechanisms.isEmpty()) {
                    findings.warn(name(), "no STARTTLS: mail to and from this port travels in clear",
                            "offer STARTTLS: Postfix smtpd_tls_security_level = may with a certificate",
                            survey.capabilityEvidence());
                } else {
                    findings.fail(name(), "no STARTTLS but AUTH: logins can only happen in clear",
                            "offer STARTTLS (Postfix smtpd_tls_security_level = may) and smtpd_tls_auth_only = yes",
                            survey.capabilityEvidence());
                }
            } else if (survey.startTls() != null && survey.startTls().code() != 220) {
                findings.fail(name(), "STARTTLS offered but refused: " + survey.startTls().summary(),
                        "check the server's certificate and key settings (Postfix smtpd_tls_chain_files)",
                        survey.tlsEvidence());
            }
        }
        List<String> mechanisms = last.authMechanisms();
        if (!mechanisms.isEmpty()) {
            findings.info(name(), "AUTH mechanisms" + (survey.secured() != null ? " under TLS" : "") + ": "
                    + String.join(" ", mechanisms), survey.capabilityEvidence());
        }
        List<String> oauth = new ArrayList<>(mechanisms);
        oauth.retainAll(OAUTH);
        if (!oauth.isEmpty()) {
            findings.info(name(), "OAuth mechanisms offered: " + String.join(" ", oauth) + " (bearer tokens:"
                    + " a stolen token logs in like a password until it expires)", survey.capabilityEvidence());
        }
    }
}
