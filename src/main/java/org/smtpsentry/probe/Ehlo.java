package org.smtpsentry.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The capabilities a server listed in its EHLO reply (the first line is its name, not a capability). */
record Ehlo(Reply reply) {

    List<String> capabilities() {
        List<String> lines = reply.lines();
        return lines.size() <= 1 ? List.of() : lines.subList(1, lines.size());
    }

    boolean has(String keyword) {
        for (String c : capabilities()) {
            String upper = c.toUpperCase(Locale.ROOT);
            if (upper.equals(keyword) || upper.startsWith(keyword + " ") || upper.startsWith(keyword + "=")) {
                return true;
            }
        }
        return false;
    }

    /** The SASL mechanisms of the AUTH line (or of the old "AUTH=" form), upper case, in the server's order. */
    List<String> authMechanisms() {
        List<String> mechanisms = new ArrayList<>();
        for (String c : capabilities()) {
            String upper = c.toUpperCase(Locale.ROOT);
            if (upper.startsWith("AUTH ") || upper.startsWith("AUTH=")) {
                for (String m : upper.substring(5).trim().split("\\s+")) {
                    if (!m.isEmpty() && !mechanisms.contains(m)) {
                        mechanisms.add(m);
                    }
                }
            }
        }
        return mechanisms;
    }
}
