package org.smtpsentry.logs;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Values made from texts that recur line after line (host and program names, the queue ids of messages in flight),
 * kept in a small table and handed out again instead of made anew: fewer allocations, and the maps keyed by them
 * find their hash already computed and compare them by reference. A pair of slots is picked by the length and a few
 * bytes, and holds the two texts of that pair seen last: two busy names that fall on one pair both stay.
 */
public final class RecentValues<T> {
    private final Function<String, T> make;
    private final Object[] kept;
    private final byte[][] keptBytes;

    /** A table of {@code slots} values (a power of two, at least 2), each made by {@code make} from its text. */
    public RecentValues(int slots, Function<String, T> make) {
        if (Integer.bitCount(slots) != 1 || slots < 2) {
            throw new IllegalArgumentException("slots must be a power of two from 2: " + slots);
        }
        this.make = make;
        this.kept = new Object[slots];
        this.keptBytes = new byte[slots][];
    }

    /** The value of {@code line}'s bytes from {@code from} to {@code to} (not empty), the one handed out before. */
    @SuppressWarnings("unchecked")
    public T of(LineBytes line, int from, int to) {
        byte[] b = line.bytes();
        int length = to - from;
        int first = pair(b, from, to);
        if (holds(first, b, from, length)) {
            return (T) kept[first];
        }
        int second = first + 1;
        if (!holds(second, b, from, length)) {
            keptBytes[second] = Arrays.copyOfRange(b, from, to);
            kept[second] = make.apply(line.text(from, to));
        }
        swap(first, second);
        return (T) kept[first];
    }

    /**
     * The value of those bytes if it is kept, else null (and nothing made): for a reader that checks a text only when it
     * is new, as every value kept was made from a text checked before.
     */
    @SuppressWarnings("unchecked")
    public T known(LineBytes line, int from, int to) {
        byte[] b = line.bytes();
        int length = to - from;
        int first = pair(b, from, to);
        return holds(first, b, from, length) ? (T) kept[first]
                : holds(first + 1, b, from, length) ? (T) kept[first + 1] : null;
    }

    /** The first slot of the pair for the bytes from {@code from} to {@code to}: by the length and four of them. */
    private int pair(byte[] b, int from, int to) {
        int length = to - from;
        int hash = (((length * 31 + b[from]) * 31 + b[to - 1]) * 31 + b[from + length / 2]) * 31
                + b[to - 1 - length / 4];
        return (hash * 0x9E3779B9 >>> 16) & (kept.length - 2); // the pair's first slot: the latest text
    }

    private boolean holds(int slot, byte[] b, int from, int length) {
        byte[] k = keptBytes[slot];
        return k != null && k.length == length && LineBytes.holds(b, from, k);
    }

    private void swap(int first, int second) {
        Object value = kept[first];
        byte[] bytes = keptBytes[first];
        kept[first] = kept[second];
        keptBytes[first] = keptBytes[second];
        kept[second] = value;
        keptBytes[second] = bytes;
    }
}
