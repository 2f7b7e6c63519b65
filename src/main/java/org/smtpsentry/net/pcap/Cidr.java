package org.smtpsentry.net.pcap;

/** An address block such as 10.0.0.0/8 or fc00::/7; a plain address is a block of one. */
record Cidr(Address base, int prefix) {

    /** Parses "ADDR" or "ADDR/BITS"; null when it is not one. */
    static Cidr parse(String text) {
        int slash = text.indexOf('/');
        Address a = Address.parse(slash < 0 ? text : text.substring(0, slash));
        if (a == null) {
            return null;
        }
        int max = a.isIpv4() ? 32 : 128;
        int bits = max;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                return null;
            }
            if (bits < 0 || bits > max) {
                return null;
            }
        }
        return new Cidr(a, a.isIpv4() ? bits + 96 : bits);
    }

    boolean contains(Address a) {
        return masked(a.high(), prefix) == masked(base.high(), prefix)
                && masked(a.low(), prefix - 64) == masked(base.low(), prefix - 64);
    }

    private static long masked(long v, int bits) {
        if (bits <= 0) {
            return 0;
        }
        if (bits >= 64) {
            return v;
        }
        return v & (-1L << (64 - bits));
    }

    @Override
    public String toString() {
        return base + "/" + (base.isIpv4() ? prefix - 96 : prefix);
    }
}
