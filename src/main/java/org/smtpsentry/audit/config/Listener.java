package org.smtpsentry.audit.config;

import java.util.Map;

/**
 * One master.cf service: name ("submission", "127.0.0.1:10025"), type ("inet"), command ("smtpd") and its
 * {@code -o} overrides of main.cf parameters.
 */
record Listener(String service, String type, String command, Map<String, String> overrides) {

    Listener {
        overrides = Map.copyOf(overrides);
    }

    /** "submission/inet", as postconf -P names it. */
    String name() {
        return service + "/" + type;
    }

    boolean isSmtpd() {
        return type.equals("inet") && (command.equals("smtpd") || command.endsWith("/smtpd"));
    }

    /** The TCP port: 25 for "smtp", 587 for "submission", 465 for "submissions"/"smtps", else the number. */
    int port() {
        String s = service;
        int colon = s.lastIndexOf(':');
        if (colon >= 0) {
            s = s.substring(colon + 1);
        }
        return switch (s) {
            case "smtp" -> 25;
            case "submission" -> 587;
            case "submissions", "smtps", "urd" -> 465;
            default -> {
                try {
                    yield Integer.parseInt(s);
                } catch (NumberFormatException e) {
                    yield -1;
                }
            }
        };
    }
}
