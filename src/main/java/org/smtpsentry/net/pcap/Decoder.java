package org.smtpsentry.net.pcap;

import java.nio.ByteBuffer;

/**
 * Link layer, IP and TCP headers of each packet, read in place with absolute gets (no allocation per packet);
 * TCP segments to or from an SMTP port go on to {@link Flows}.
 */
final class Decoder implements PacketSink {
    static final int LINKTYPE_NULL = 0;
    static final int LINKTYPE_ETHERNET = 1;
    static final int LINKTYPE_RAW = 101;
    static final int LINKTYPE_LINUX_SLL = 113;
    static final int LINKTYPE_IPV4 = 228;
    static final int LINKTYPE_IPV6 = 229;
    static final int LINKTYPE_LINUX_SLL2 = 276;
    private static final int ETHERTYPE_IPV4 = 0x0800;
    private static final int ETHERTYPE_IPV6 = 0x86dd;
    private static final int MAX_VLAN_TAGS = 8;

    private final Flows flows;
    private final SmtpPorts ports;
    private final Oddities oddities;

    Decoder(Flows flows, SmtpPorts ports, Oddities oddities) {
        this.flows = flows;
        this.ports = ports;
        this.oddities = oddities;
    }

    @Override
    public void packet(int linkType, long epochNanos, ByteBuffer b, int offset, int length) {
        oddities.nextPacket();
        int end = offset + length;
        switch (linkType) {
            case LINKTYPE_ETHERNET -> ethernet(epochNanos, b, offset, end);
            case LINKTYPE_RAW, 12, 14 -> raw(epochNanos, b, offset, end);
            case LINKTYPE_IPV4 -> ipv4(epochNanos, b, offset, end);
            case LINKTYPE_IPV6 -> ipv6(epochNanos, b, offset, end);
            case LINKTYPE_LINUX_SLL -> {
                if (length < 16) {
                    oddities.add(Oddity.CUT_HEADERS);
                } else {
                    ethertype(epochNanos, b.getShort(offset + 14) & 0xffff, b, offset + 16, end);
                }
            }
            case LINKTYPE_LINUX_SLL2 -> {
                if (length < 20) {
                    oddities.add(Oddity.CUT_HEADERS);
                } else {
                    ethertype(epochNanos, b.getShort(offset) & 0xffff, b, offset + 20, end);
                }
            }
            case LINKTYPE_NULL -> loopback(epochNanos, b, offset, end);
            default -> oddities.add(Oddity.LINK_TYPE_UNSUPPORTED);
        }
    }

    private void ethernet(long time, ByteBuffer b, int at, int end) {
        if (end - at < 14) {
            oddities.add(Oddity.CUT_HEADERS);
            return;
        }
        int type = b.getShort(at + 12) & 0xffff;
        at += 14;
        for (int tags = 0; (type == 0x8100 || type == 0x88a8 || type == 0x9100) && tags < MAX_VLAN_TAGS; tags++) {
            if (end - at < 4) {
                oddities.add(Oddity.CUT_HEADERS);
                return;
            }
            type = b.getShort(at + 2) & 0xffff;
            at += 4;
        }
        ethertype(time, type, b, at, end);
    }

    private void ethertype(long time, int type, ByteBuffer b, int at, int end) {
        switch (type) {
            case ETHERTYPE_IPV4 -> ipv4(time, b, at, end);
            case ETHERTYPE_IPV6 -> ipv6(time, b, at, end);
            default -> oddities.add(Oddity.NOT_IP);
        }
    }

    /** BSD loopback: a 4-byte address family in the capturing host's byte order. */
    private void loopback(long time, ByteBuffer b, int at, int end) {
        if (end - at < 4) {
            oddities.add(Oddity.CUT_HEADERS);
            return;
        }
        raw(time, b, at + 4, end);
    }

    private void raw(long time, ByteBuffer b, int at, int end) {
        if (end - at < 1) {
            oddities.add(Oddity.CUT_HEADERS);
            return;
        }
        switch ((b.get(at) >> 4) & 0xf) {
            case 4 -> ipv4(time, b, at, end);
            case 6 -> ipv6(time, b, at, end);
            default -> oddities.add(Oddity.NOT_IP);
        }
    }

    private void ipv4(long time, ByteBuffer b, int at, int end) {
        if (end - at < 20) {
            oddities.add(Oddity.CUT_HEADERS);
            return;
        }
        int headerLength = (b.get(at) & 0x0f) * 4;
        int total = b.getShort(at + 2) & 0xffff;
        if (total == 0) {
            total = end - at; // captured on the sender before segmentation offload filled it in
        }
        if (headerLength < 20 || total < headerLength) {
            oddities.add(Oddity.BAD_IP_HEADER);
            return;
        }
        int fragment = b.getShort(at + 6) & 0x3fff; // more-fragments flag and offset
        if (fragment != 0) {
            oddities.add(Oddity.IP_FRAGMENT);
            return;
        }
        if (b.get(at + 9) != 6) {
            return;
        }
        long source = 0xffff_0000_0000L | (b.getInt(at + 12) & 0xffffffffL);
        long destination = 0xffff_0000_0000L | (b.getInt(at + 16) & 0xffffffffL);
        tcp(time, 0, source, 0, destination, b, at + headerLength, at + total, end);
    }

    private void ipv6(long time, ByteBuffer b, int at, int end) {
        if (end - at < 40) {
            oddities.add(Oddity.CUT_HEADERS);
            return;
        }
        int payload = b.getShort(at + 4) & 0xffff;
        int next = b.get(at + 6) & 0xff;
        long sourceHigh = b.getLong(at + 8);
        long sourceLow = b.getLong(at + 16);
        long destinationHigh = b.getLong(at + 24);
        long destinationLow = b.getLong(at + 32);
        int wireEnd = payload == 0 ? Integer.MAX_VALUE : at + 40 + payload; // 0: a jumbogram, up to the capture
        at += 40;
        for (int headers = 0; headers < 16; headers++) {
            switch (next) {
                case 6 -> {
                    tcp(time, sourceHigh, sourceLow, destinationHigh, destinationLow, b, at, wireEnd, end);
                    return;
                }
                case 0, 43, 60 -> { // hop-by-hop, routing, destination options
                    if (end - at < 8) {
                        oddities.add(Oddity.CUT_HEADERS);
                        return;
                    }
                    next = b.get(at) & 0xff;
                    at += ((b.get(at + 1) & 0xff) + 1) * 8;
                }
                case 51 -> { // authentication header
                    if (end - at < 8) {
                        oddities.add(Oddity.CUT_HEADERS);
                        return;
                    }
                    next = b.get(at) & 0xff;
                    at += ((b.get(at + 1) & 0xff) + 2) * 4;
                }
                case 44 -> {
                    if (end - at < 8) {
                        oddities.add(Oddity.CUT_HEADERS);
                        return;
                    }
                    if ((b.getShort(at + 2) & 0xfff9) != 0) { // offset or more-fragments set
                        oddities.add(Oddity.IP_FRAGMENT);
                        return;
                    }
                    next = b.get(at) & 0xff;
                    at += 8;
                }
                default -> {
                    return; // not TCP (ICMPv6, UDP, ESP, no next header)
                }
            }
        }
    }

    private void tcp(long time, long srcHigh, long srcLow, long dstHigh, long dstLow, ByteBuffer b, int at,
                     int wireEnd, int end) {
        if (end - at < 20) {
            oddities.add(Oddity.CUT_HEADERS);
            return;
        }
        int sourcePort = b.getShort(at) & 0xffff;
        int destinationPort = b.getShort(at + 2) & 0xffff;
        boolean toSmtpPort = ports.contains(destinationPort);
        boolean fromSmtpPort = ports.contains(sourcePort);
        if (!toSmtpPort && !fromSmtpPort) {
            return;
        }
        // both ends on SMTP ports (a client that happened to get port 2525): the lower port is the server's
        boolean toServer = toSmtpPort && (!fromSmtpPort || destinationPort < sourcePort);
        int headerLength = ((b.get(at + 12) >> 4) & 0xf) * 4;
        if (headerLength < 20 || at + headerLength > wireEnd) {
            oddities.add(Oddity.BAD_IP_HEADER);
            return;
        }
        if (at + headerLength > end) {
            oddities.add(Oddity.CUT_HEADERS);
            return;
        }
        int seq = b.getInt(at + 4);
        int ack = b.getInt(at + 8);
        int flags = b.get(at + 13) & 0x3f;
        int data = at + headerLength;
        int wireLength = wireEnd == Integer.MAX_VALUE ? end - data : wireEnd - data;
        int captured = Math.min(wireLength, end - data);
        if (captured < wireLength) {
            oddities.add(Oddity.PAYLOAD_CUT);
        }
        if (toServer) {
            flows.segment(time, srcHigh, srcLow, sourcePort, dstHigh, dstLow, destinationPort, true, seq, ack, flags,
                    b, data, captured, wireLength);
        } else {
            flows.segment(time, dstHigh, dstLow, destinationPort, srcHigh, srcLow, sourcePort, false, seq, ack, flags,
                    b, data, captured, wireLength);
        }
    }
}
