package org.smtpsentry.net.pcap;

import java.util.ArrayList;
import java.util.List;

/**
 * Which addresses are the organisation's: its hosts (private, unique-local and loopback ranges plus --internal
 * blocks) and its relays (--relay). Without --relay, a server with an internal address is taken as a relay.
 */
public final class Organisation {
    private static final List<Cidr> PRIVATE = List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",
            "127.0.0.0/8", "169.254.0.0/16", "100.64.0.0/10", "::1/128", "fc00::/7", "fe80::/10")
            .stream().map(Cidr::parse).toList();

    private final List<Cidr> internal;
    private final List<Cidr> relays;

    private Organisation(List<Cidr> internal, List<Cidr> relays) {
        this.internal = internal;
        this.relays = relays;
    }

    /**
     * @param internal extra internal blocks ("203.0.113.0/24")
     * @param relays   the organisation's relay addresses or blocks
     * @throws IllegalArgumentException naming the first value that is not an address or block
     */
    public static Organisation of(List<String> internal, List<String> relays) {
        List<Cidr> in = new ArrayList<>(PRIVATE);
        in.addAll(parseAll(internal));
        return new Organisation(List.copyOf(in), parseAll(relays));
    }

    private static List<Cidr> parseAll(List<String> values) {
        List<Cidr> list = new ArrayList<>();
        for (String v : values) {
            Cidr c = Cidr.parse(v.strip());
            if (c == null) {
                throw new IllegalArgumentException(v);
            }
            list.add(c);
        }
        return List.copyOf(list);
    }

    boolean isInternal(Address a) {
        for (Cidr c : internal) {
            if (c.contains(a)) {
                return true;
            }
        }
        return false;
    }

    boolean isRelay(Address server) {
        if (relays.isEmpty()) {
            return isInternal(server);
        }
        for (Cidr c : relays) {
            if (c.contains(server)) {
                return true;
            }
        }
        return false;
    }

    boolean relaysGiven() {
        return !relays.isEmpty();
    }

    List<String> relayNames() {
        return relays.stream().map(c -> c.prefix() == 128 ? c.base().toString() : c.toString()).toList();
    }
}
