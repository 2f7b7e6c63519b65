package org.smtpsentry.probe;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.security.auth.x500.X500Principal;

/**
 * Whether a server certificate names the host the client asked for (RFC 6125): its DNS names (a wildcard only as
 * the whole leftmost label) or IP addresses; the subject CN only when the certificate has no DNS name at all.
 */
final class HostName {
    private static final int SAN_DNS = 2;
    private static final int SAN_IP = 7;

    private HostName() {
    }

    /** A host name rather than an IPv4 or IPv6 literal. */
    static boolean isName(String host) {
        return !host.contains(":") && !host.matches("[0-9.]+");
    }

    static List<String> names(X509Certificate cert) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> sans = cert.getSubjectAlternativeNames();
            if (sans != null) {
                for (List<?> san : sans) {
                    int type = (Integer) san.get(0);
                    if (type == SAN_DNS || type == SAN_IP) {
                        names.add(String.valueOf(san.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // an unreadable extension names nothing
        }
        if (names.isEmpty()) {
            String cn = commonName(cert.getSubjectX500Principal());
            if (cn != null) {
                names.add(cn);
            }
        }
        return names;
    }

    static boolean matches(X509Certificate cert, String host) {
        String wanted = host.toLowerCase(Locale.ROOT);
        for (String name : names(cert)) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.equals(wanted)) {
                return true;
            }
            if (n.startsWith("*.") && isName(wanted)) {
                int dot = wanted.indexOf('.');
                if (dot > 0 && wanted.substring(dot).equals(n.substring(1)) && n.indexOf('.', 2) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String commonName(X500Principal principal) {
        for (String part : principal.getName(X500Principal.RFC2253).split(",")) {
            if (part.startsWith("CN=")) {
                return part.substring(3);
            }
        }
        return null;
    }
}
