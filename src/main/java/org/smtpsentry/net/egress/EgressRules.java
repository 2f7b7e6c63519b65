package org.smtpsentry.net.egress;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The nftables script for an {@link EgressPolicy}: one table of its own, replaced atomically (the script declares,
 * deletes and re-creates it in one transaction), with an output chain that accepts the MTA's user and the relays,
 * logs (rate-limited) and drops every other outbound SMTP connection.
 */
public final class EgressRules {
    private EgressRules() {
    }

    public static String script(EgressPolicy p) {
        String ports = "{ " + p.ports().stream().map(String::valueOf).collect(Collectors.joining(", ")) + " }";
        StringBuilder b = new StringBuilder();
        b.append("# smtpsentry egress: outbound SMTP (tcp ").append(ports).append(") only for the MTA's user ")
                .append(p.mtaUser()).append(p.relays().isEmpty() ? "" : " and to the relay").append('\n');
        b.append("table inet ").append(EgressPolicy.TABLE).append('\n');
        b.append("delete table inet ").append(EgressPolicy.TABLE).append('\n');
        b.append("table inet ").append(EgressPolicy.TABLE).append(" {\n");
        b.append("\tchain output {\n");
        b.append("\t\ttype filter hook output priority filter; policy accept;\n");
        if (p.allowLoopback()) {
            b.append("\t\toifname \"lo\" tcp dport ").append(ports)
                    .append(" accept comment \"to this machine's own MTA\"\n");
        }
        b.append("\t\tmeta skuid ").append(p.mtaUid()).append(" tcp dport ").append(ports)
                .append(" accept comment \"the MTA (").append(p.mtaUser()).append(")\"\n");
        List<String> v4 = p.relays().stream().filter(r -> !Relays.isIpv6(r)).toList();
        List<String> v6 = p.relays().stream().filter(Relays::isIpv6).toList();
        if (!v4.isEmpty()) {
            b.append("\t\tip daddr { ").append(String.join(", ", v4)).append(" } tcp dport ").append(ports)
                    .append(" accept comment \"the relay\"\n");
        }
        if (!v6.isEmpty()) {
            b.append("\t\tip6 daddr { ").append(String.join(", ", v6)).append(" } tcp dport ").append(ports)
                    .append(" accept comment \"the relay\"\n");
        }
        b.append("\t\ttcp dport ").append(ports).append(" limit rate 10/minute burst 5 packets log prefix \"")
                .append(EgressPolicy.LOG_PREFIX).append("\" flags skuid\n");
        b.append("\t\ttcp dport ").append(ports).append(" counter drop comment \"outbound SMTP from anyone else\"\n");
        b.append("\t}\n}\n");
        return b.toString();
    }
}
