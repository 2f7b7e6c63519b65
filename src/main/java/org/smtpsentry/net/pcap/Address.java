package org.smtpsentry.net.pcap;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.smtpsentry.text.IpLiteral;

/** An IPv4 or IPv6 address as two longs; IPv4 is kept in its IPv4-mapped IPv6 form (::ffff:a.b.c.d). */
public record Address(long high, long low) implements Comparable<Address> {

    boolean isIpv4() {
        return high == 0 && (low >>> 32) == 0xffff;
    }

    static Address parse(String text) {
        byte[] bytes = literalBytes(text);
        if (bytes == null) {
            return null;
        }
        return of(bytes);
    }

    static Address of(byte[] bytes) {
        if (bytes.length == 4) {
            long v = ((bytes[0] & 0xffL) << 24) | ((bytes[1] & 0xffL) << 16) | ((bytes[2] & 0xffL) << 8)
                    | (bytes[3] & 0xffL);
            return new Address(0, 0xffff_0000_0000L | v);
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (bytes[i] & 0xffL);
            low = (low << 8) | (bytes[i + 8] & 0xffL);
        }
        return new Address(high, low);
    }

    /** The bytes of an IP literal, or null when {@code text} is not one (never a DNS lookup). */
    static byte[] literalBytes(String text) {
        InetAddress a = IpLiteral.parse(text);
        return a == null ? null : a.getAddress();
    }

    /** Dotted quad for IPv4; RFC 5952 text (longest zero run as "::") for IPv6. */
    @Override
    public String toString() {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (high >>> (56 - 8 * i));
            bytes[i + 8] = (byte) (low >>> (56 - 8 * i));
        }
        try {
            return IpLiteral.text(InetAddress.getByAddress(bytes)); // IPv4-mapped bytes come back as IPv4
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // never: 16 bytes are always an address
        }
    }

    @Override
    public int compareTo(Address o) {
        int c = Long.compareUnsigned(high, o.high);
        return c != 0 ? c : Long.compareUnsigned(low, o.low);
    }
}
