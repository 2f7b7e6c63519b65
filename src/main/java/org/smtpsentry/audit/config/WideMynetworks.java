package org.smtpsentry.audit.config;

import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.verdict.ConfigGap;

/**
 * permit_mynetworks with a wide mynetworks: every host in it relays without a password, so one infected machine
 * (or the whole Internet, for 0.0.0.0/0) sends spam through the server. Loopback networks do not count.
 */
final class WideMynetworks implements PostfixCheck {
    @Override
    public List<ConfigGap> check(PostfixSettings s) {
        boolean used = s.listeners().stream().filter(Listener::isSmtpd).anyMatch(l -> PostfixCheck.restrictions(s, l,
                PostfixCheck.ALL_LISTS.toArray(String[]::new)).contains("permit_mynetworks"));
        if (!used) {
            return List.of();
        }
        String networks = s.value(null, "mynetworks").strip();
        List<String> wide = new ArrayList<>();
        int widest = 128;
        if (networks.isEmpty()) {
            String style = s.value(null, "mynetworks_style").strip();
            if (!style.equals("host")) {
                wide.add("mynetworks_style = " + style);
                widest = style.equals("class") ? 8 : 16;
            }
        }
        for (String n : networks.split("[,\\s]+")) {
            int slash = n.lastIndexOf('/');
            if (n.isEmpty() || slash < 0 || n.startsWith("127.") || n.contains("::1]") || n.contains("::ffff:127.")) {
                continue;
            }
            int prefix;
            try {
                prefix = Integer.parseInt(n.substring(slash + 1));
            } catch (NumberFormatException e) {
                continue;
            }
            boolean v6 = n.contains(":");
            if (v6 ? prefix < 48 : prefix < 24) {
                wide.add(n);
                widest = Math.min(widest, v6 ? prefix / 4 : prefix);
            }
        }
        if (wide.isEmpty()) {
            return List.of();
        }
        return List.of(PostfixCheck.gap(s, "wide-mynetworks",
                widest <= 8 ? ConfigGap.Severity.CRITICAL : ConfigGap.Severity.HIGH, "*",
                "permit_mynetworks trusts wide networks: " + String.join(", ", wide),
                "every host in mynetworks relays without a password; one infected PC is enough to send spam",
                "main.cf: mynetworks = 127.0.0.0/8 [::1]/128 (add only servers that must relay, as /32)"));
    }
}
