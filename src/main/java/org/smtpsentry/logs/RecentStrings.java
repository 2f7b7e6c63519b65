package org.smtpsentry.logs;

import java.util.Arrays;

/**
 * Strings that recur on nearly every line (host and program names), kept in a small table and handed out again
 * instead of decoded anew: fewer allocations, and maps keyed by them find their hash already computed and compare
 * them by reference. A slot is picked by the length and a few bytes; a collision only costs a copy.
 */
final class RecentStrings {
    private final String[] kept;
    private final byte[][] keptBytes;

    /** A table of {@code slots} strings; a power of two. */
    RecentStrings(int slots) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two: " + slots);
        }
        this.kept = new String[slots];
        this.keptBytes = new byte[slots][];
    }

    /** The text of {@code line}'s bytes from {@code from} to {@code to}, as the string handed out for them before. */
    String of(LineBytes line, int from, int to) {
        int length = to - from;
        if (length == 0) {
            return "";
        }
        byte[] b = line.bytes();
        int slot = (((length * 31 + b[from]) * 31 + b[to - 1]) * 31 + b[from + length / 2]) & (kept.length - 1);
        byte[] k = keptBytes[slot];
        if (k != null && k.length == length && LineBytes.holds(b, from, k)) {
            return kept[slot];
        }
        String text = line.text(from, to);
        keptBytes[slot] = Arrays.copyOfRange(b, from, to);
        kept[slot] = text;
        return text;
    }
}
