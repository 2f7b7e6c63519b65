package org.smtpsentry.detect;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.UserError;

/**
 * fail2ban's ignoreip: addresses and CIDR blocks never flagged (the office, the webmail host, monitoring).
 * Entries are IP literals only: no name is ever looked up.
 */
public final class IgnoreList {
    public static final IgnoreList NONE = new IgnoreList(List.of());

    private record Block(BigInteger network, int bits, int length) {
        boolean contains(byte[] address) {
            if (address.length * 8 != length) {
                return false;
            }
            return new BigInteger(1, address).shiftRight(length - bits).equals(network);
        }
    }

    private final List<Block> blocks;

    private IgnoreList(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** Parses entries such as "127.0.0.1/8", "::1", "192.0.2.7"; {@code where} names the option for errors. */
    public static IgnoreList parse(List<String> entries, String where) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : entries) {
            for (String e : entry.split("[,\\s]+")) {
                if (!e.isEmpty()) {
                    blocks.add(block(e.trim(), where));
                }
            }
        }
        return new IgnoreList(blocks);
    }

    public boolean contains(String ip) {
        if (ip == null || blocks.isEmpty()) {
            return false;
        }
        byte[] address = literal(ip);
        if (address == null) {
            return false;
        }
        for (Block b : blocks) {
            if (b.contains(address)) {
                return true;
            }
        }
        return false;
    }

    private static Block block(String entry, String where) {
        int slash = entry.indexOf('/');
        String ip = slash < 0 ? entry : entry.substring(0, slash);
        byte[] address = literal(ip);
        if (address == null) {
            throw new UserError(where + ": \"" + entry + "\" is not an IP address or CIDR block (e.g. 192.0.2.0/24)");
        }
        int length = address.length * 8;
        int bits = length;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                bits = -1;
            }
            if (bits < 0 || bits > length) {
                throw new UserError(where + ": \"" + entry + "\" has a prefix length outside 0.." + length);
            }
        }
        return new Block(new BigInteger(1, address).shiftRight(length - bits), bits, length);
    }

    /** The bytes of an IPv4 or IPv6 literal, or null: never a DNS lookup. */
    private static byte[] literal(String ip) {
        boolean v4 = ip.indexOf(':') < 0;
        if (v4) {
            String[] parts = ip.split("\\.", -1);
            if (parts.length != 4) {
                return null;
            }
            byte[] b = new byte[4];
            for (int i = 0; i < 4; i++) {
                if (parts[i].isEmpty() || parts[i].length() > 3 || !parts[i].chars().allMatch(Character::isDigit)) {
                    return null;
                }
                int v = Integer.parseInt(parts[i]);
                if (v > 255) {
                    return null;
                }
                b[i] = (byte) v;
            }
            return b;
        }
        if (!ip.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
            return null;
        }
        try {
            return InetAddress.getByName(ip).getAddress(); // a literal with only hex digits and colons: no lookup
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
