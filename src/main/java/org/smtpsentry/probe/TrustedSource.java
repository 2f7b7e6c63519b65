package org.smtpsentry.probe;

import java.net.InetAddress;
import org.smtpsentry.verdict.Evidence;

/**
 * Whether the probe speaks from an address the server probably trusts: loopback (in every default mynetworks),
 * the server's own address, or the same private network. Relay and brute-force results then show what a trusted
 * client may do, not what an attacker may. An address given with {@code --source} is taken as the operator's
 * statement that the server does not trust it.
 */
final class TrustedSource {
    static final String CHECK = "source";

    private TrustedSource() {
    }

    static void judge(Findings findings, InetAddress local, InetAddress server, boolean sourceGiven,
                      Evidence evidence) {
        String from = local.getHostAddress();
        if (sourceGiven) {
            findings.info(CHECK, "probing from " + from + " (--source), taken as a client the server does not trust",
                    evidence);
            return;
        }
        String why = null;
        if (local.isLoopbackAddress()) {
            why = "a loopback address, which Postfix's and Exim's default trusted networks include";
        } else if (local.equals(server)) {
            why = "the server's own address";
        } else if (local.isSiteLocalAddress() && server.isSiteLocalAddress()) {
            why = "in a private network like the server's, which mynetworks often includes";
        }
        if (why != null) {
            findings.warn(CHECK, "probing from " + from + ", " + why + ": relay and brute-force results show what"
                    + " a trusted client may do, not an attacker", "probe from outside your networks, or bind an"
                    + " address the server does not trust with --source (e.g. 127.0.0.5 when mynetworks is"
                    + " 127.0.0.1/32)", evidence);
        } else {
            findings.info(CHECK, "probing from " + from, evidence);
        }
    }
}
