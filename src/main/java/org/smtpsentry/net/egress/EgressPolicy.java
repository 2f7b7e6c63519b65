package org.smtpsentry.net.egress;

import java.util.List;

/**
 * Who may open outbound SMTP connections: the MTA's user (by uid, as nftables' {@code meta skuid} matches it) and
 * anyone to the organisation's relays. {@code relays} are validated IP addresses or CIDR blocks.
 */
public record EgressPolicy(String mtaUser, int mtaUid, List<String> relays, List<Integer> ports,
                           boolean allowLoopback) {
    /** The nftables table the rules live in, replaced as a whole on every --apply. */
    public static final String TABLE = "smtpsentry_egress";
    static final String LOG_PREFIX = "smtpsentry egress drop: ";

    public EgressPolicy {
        relays = List.copyOf(relays);
        ports = List.copyOf(ports);
    }
}
