package org.smtpsentry.audit.config;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Postfix's effective settings: main.cf's explicit parameters (postconf -n), Postfix 3.7's defaults for the
 * parameters the checks read, and the listeners of master.cf with their overrides (postconf -M, -P).
 * {@code source} names where they were read, for the report.
 */
record PostfixSettings(Map<String, String> main, List<Listener> listeners, String source) {

    /** Postfix 3.7 defaults (postconf -d) of the parameters the checks read. */
    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("smtpd_tls_auth_only", "no"),
            Map.entry("smtpd_sasl_auth_enable", "no"),
            Map.entry("smtpd_tls_security_level", ""),
            Map.entry("smtpd_use_tls", "no"),
            Map.entry("smtpd_enforce_tls", "no"),
            Map.entry("smtpd_tls_wrappermode", "no"),
            Map.entry("smtpd_sender_login_maps", ""),
            Map.entry("smtpd_client_restrictions", ""),
            Map.entry("smtpd_helo_restrictions", ""),
            Map.entry("smtpd_sender_restrictions", ""),
            Map.entry("smtpd_recipient_restrictions", ""),
            Map.entry("smtpd_data_restrictions", ""),
            Map.entry("smtpd_end_of_data_restrictions", ""),
            Map.entry("smtpd_client_connection_rate_limit", "0"),
            Map.entry("smtpd_client_message_rate_limit", "0"),
            Map.entry("smtpd_client_auth_rate_limit", "0"),
            Map.entry("disable_vrfy_command", "no"),
            Map.entry("smtpd_banner", "$myhostname ESMTP $mail_name"),
            Map.entry("mail_name", "Postfix"),
            Map.entry("smtpd_tls_protocols", ">=TLSv1"),
            Map.entry("smtpd_tls_mandatory_protocols", ">=TLSv1"),
            Map.entry("mynetworks", ""),
            Map.entry("compatibility_level", "0"));

    PostfixSettings {
        main = Map.copyOf(main);
        listeners = List.copyOf(listeners);
    }

    /** The effective raw value of a parameter for a listener (null: main.cf only), before $-expansion. */
    String raw(Listener listener, String name) {
        if (listener != null && listener.overrides().containsKey(name)) {
            return listener.overrides().get(name);
        }
        if (main.containsKey(name)) {
            return main.get(name);
        }
        return switch (name) {
            // these two defaults depend on compatibility_level, as postconf -d shows
            case "smtpd_relay_restrictions" -> compatibility() < 1 ? ""
                    : "permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination";
            case "mynetworks_style" -> compatibility() < 2 ? "subnet" : "host";
            default -> DEFAULTS.getOrDefault(name, "");
        };
    }

    /** The effective value with $name and ${name} expanded (main.cf's values; nested up to a depth). */
    String value(Listener listener, String name) {
        return expand(listener, raw(listener, name), new HashSet<>(Set.of(name)), 0);
    }

    boolean yes(Listener listener, String name) {
        return value(listener, name).strip().equalsIgnoreCase("yes");
    }

    boolean setExplicitly(Listener listener, String name) {
        return listener != null && listener.overrides().containsKey(name);
    }

    private int compatibility() {
        String level = main.getOrDefault("compatibility_level", "0").strip();
        int dot = level.indexOf('.');
        try {
            return Integer.parseInt(dot > 0 ? level.substring(0, dot) : level);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String expand(Listener listener, String text, Set<String> seen, int depth) {
        if (depth > 10 || text.indexOf('$') < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '$' || i + 1 >= text.length()) {
                b.append(c);
                continue;
            }
            int start = i + 1;
            int end;
            String name;
            if (text.charAt(start) == '{' || text.charAt(start) == '(') {
                char close = text.charAt(start) == '{' ? '}' : ')';
                end = text.indexOf(close, start);
                if (end < 0) {
                    b.append(c);
                    continue;
                }
                name = text.substring(start + 1, end);
                i = end;
            } else {
                end = start;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end))
                        || text.charAt(end) == '_')) {
                    end++;
                }
                name = text.substring(start, end);
                i = end - 1;
            }
            if (name.isEmpty() || !name.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')
                    || !seen.add(name)) {
                b.append('$').append(name.isEmpty() ? "" : "{" + name + "}");
                continue;
            }
            b.append(expand(listener, raw(listener, name), seen, depth + 1));
            seen.remove(name);
        }
        return b.toString();
    }
}
