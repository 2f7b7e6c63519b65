package org.smtpsentry.logs;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reading a line eight bytes at a time. Under the quick JIT (C1) a plain loop costs 10-18 instructions a byte, an
 * eight-byte word some 15 (bench/README.md). A word holds byte {@code c} where a byte of {@code word ^ each(c)} is
 * zero; {@link #zeros} marks such bytes by the borrow trick, and the lowest byte it marks is always a true zero (marks
 * above one can be false, never below), so it finds first occurrences exactly.
 */
final class EightBytes {
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle HALVES = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    static final long HIGHS = 0x8080808080808080L;

    private EightBytes() {
    }

    /** The eight bytes from {@code at} of {@code b}, the first in the lowest byte. */
    static long at(byte[] b, int at) {
        return (long) WORDS.get(b, at);
    }

    /** The four bytes from {@code at} of {@code b}. */
    static int fourAt(byte[] b, int at) {
        return (int) HALVES.get(b, at);
    }

    /** A word of eight bytes {@code c}. */
    static long each(byte c) {
        return (c & 0xffL) * ONES;
    }

    /** The high bit set in the bytes of {@code x} that are zero (see above for the ones above a true zero). */
    static long zeros(long x) {
        return (x - ONES) & ~x & HIGHS;
    }

    /**
     * The position in its word (0 to 7) of the lowest byte marked in {@code zeros}, which is not 0. Not through
     * {@code Long.numberOfTrailingZeros}, which C1 calls as a method: the lowest mark, moved to bit 8k, times a
     * constant whose byte 7-j is j, leaves k in the top byte.
     */
    static int first(long zeros) {
        return (int) ((((zeros & -zeros) >>> 7) * 0x0001020304050607L) >>> 56);
    }
}
