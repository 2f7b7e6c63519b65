package org.smtpsentry.audit.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.smtpsentry.audit.TextFile;

/**
 * Exim's main options as {@code exim -bP} prints them ("name = value", booleans as "name" or "no_name"), saved to a
 * file on the Exim host. Options it does not print take Exim 4's defaults.
 */
record EximSettings(Map<String, String> options, String source) {
    private static final Map<String, String> DEFAULTS = Map.of(
            "auth_advertise_hosts", "*",
            "tls_advertise_hosts", "*",
            "daemon_smtp_ports", "smtp",
            "tls_on_connect_ports", "",
            "smtp_banner", "$smtp_active_hostname ESMTP Exim $version_number $tod_full",
            "acl_smtp_vrfy", "",
            "openssl_options", "+no_sslv2 +no_sslv3 +single_dh_use +no_ticket +no_renegotiation",
            "tls_require_ciphers", "");

    EximSettings {
        options = Map.copyOf(options);
    }

    static EximSettings read(Path file) {
        Map<String, String> options = new LinkedHashMap<>();
        for (TextFile.Line line : TextFile.read(file)) {
            String t = line.text().strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int eq = t.indexOf('=');
            if (eq > 0) {
                options.put(t.substring(0, eq).strip(), t.substring(eq + 1).strip());
            } else if (t.startsWith("no_")) {
                options.put(t.substring(3), "false");
            } else {
                options.put(t, "true");
            }
        }
        return new EximSettings(options, file.toString());
    }

    String value(String name) {
        return options.getOrDefault(name, DEFAULTS.getOrDefault(name, ""));
    }
}
