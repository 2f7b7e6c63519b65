package org.smtpsentry.audit.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.smtpsentry.verdict.ConfigGap;

/** smtpd accepts TLS versions older than 1.2 (SSLv3, TLSv1, TLSv1.1) where it offers TLS at all. */
final class WeakTlsProtocols implements PostfixCheck {
    private static final List<String> WEAK = List.of("SSLv2", "SSLv3", "TLSv1", "TLSv1.1");

    @Override
    public List<ConfigGap> check(PostfixSettings s) {
        boolean tls = s.listeners().stream().filter(Listener::isSmtpd).anyMatch(l -> {
            String level = s.value(l, "smtpd_tls_security_level").strip();
            return level.equals("may") || level.equals("encrypt") || s.yes(l, "smtpd_tls_wrappermode")
                    || s.yes(l, "smtpd_use_tls");
        });
        if (!tls) {
            return List.of();
        }
        List<String> weak = new ArrayList<>();
        for (String p : List.of("smtpd_tls_protocols", "smtpd_tls_mandatory_protocols")) {
            List<String> allowed = allowed(s.value(null, p));
            if (!allowed.isEmpty()) {
                weak.add(p + " allows " + String.join(", ", allowed));
            }
        }
        if (weak.isEmpty()) {
            return List.of();
        }
        return List.of(PostfixCheck.gap(s, "weak-tls-protocols", ConfigGap.Severity.MEDIUM, "*",
                String.join("; ", weak),
                "SSLv3, TLS 1.0 and 1.1 have known attacks (POODLE, BEAST) and are deprecated by RFC 8996",
                "main.cf: smtpd_tls_protocols = >=TLSv1.2; smtpd_tls_mandatory_protocols = >=TLSv1.2"));
    }

    /** The weak versions a protocol setting lets through: ">=TLSv1.2" style or "!SSLv2, !SSLv3" exclusions. */
    static List<String> allowed(String value) {
        String v = value.strip();
        Set<String> excluded = new java.util.HashSet<>();
        String minimum = null;
        List<String> included = new ArrayList<>();
        for (String w : v.split("[,:\\s]+")) {
            if (w.startsWith(">=")) {
                minimum = w.substring(2);
            } else if (w.startsWith("!")) {
                excluded.add(w.substring(1));
            } else if (!w.isEmpty()) {
                included.add(w);
            }
        }
        List<String> out = new ArrayList<>();
        for (String p : WEAK) {
            boolean allowedByMinimum = minimum == null || WEAK.indexOf(p) >= index(minimum);
            boolean allowedByList = included.isEmpty() || included.contains(p);
            if (allowedByMinimum && allowedByList && !excluded.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static int index(String version) {
        int i = WEAK.indexOf(version);
        return i < 0 ? WEAK.size() : i;
    }
}
