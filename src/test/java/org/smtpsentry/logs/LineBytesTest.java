package org.smtpsentry.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The eight-bytes-at-a-time searches against plain ones, at every start, on lines cut from the middle of a buffer. */
class LineBytesTest {
    private static final String ALPHABET = "ab ,=:]x\u00e9";

    /** A line in the middle of a larger buffer, as the line reader hands them out: bytes outside it must not count. */
    private static LineBytes inBuffer(String text, Random random) {
        byte[] line = text.getBytes(StandardCharsets.UTF_8);
        int before = random.nextInt(12);
        byte[] buffer = new byte[before + line.length + random.nextInt(12)];
        java.util.Arrays.fill(buffer, (byte) ',');
        System.arraycopy(line, 0, buffer, before, line.length);
        LineBytes bytes = new LineBytes();
        bytes.set(buffer, before, before + line.length, line.length == text.length());
        return bytes;
    }

    private static String randomText(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    private static int plainIndexOf(byte[] b, int from, int to, byte[] word, int start) {
        for (int i = start; i + word.length <= to; i++) {
            if (java.util.Arrays.equals(b, i, i + word.length, word, 0, word.length)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void searchesFindWhatAPlainLoopFinds() {
        Random random = new Random(42);
        byte[][] words = {LineBytes.ascii(" "), LineBytes.ascii(", "), LineBytes.ascii("ab ab"),
                LineBytes.ascii("x]"), LineBytes.ascii("=a,b ,a=x:]"), LineBytes.ascii("aaaaaaaaa"), LineBytes.ascii(" a"),
                LineBytes.ascii(" b ,"), LineBytes.ascii("  ")};
        for (int round = 0; round < 3000; round++) {
            LineBytes line = inBuffer(randomText(random), random);
            byte[] b = line.bytes();
            for (int start = line.from(); start <= line.to(); start++) {
                for (byte c : new byte[] {' ', ',', ']', 'x'}) {
                    assertEquals(plainIndexOf(b, line.from(), line.to(), new byte[] {c}, start), line.indexOf(c, start));
                }
                int comma = plainIndexOf(b, line.from(), line.to(), new byte[] {','}, start);
                int space = plainIndexOf(b, line.from(), line.to(), new byte[] {' '}, start);
                int either = comma < 0 ? space : space < 0 ? comma : Math.min(comma, space);
                assertEquals(either, line.indexOfEither((byte) ',', (byte) ' ', start));
                for (byte[] word : words) {
                    assertEquals(plainIndexOf(b, line.from(), line.to(), word, start), line.indexOf(word, start));
                    boolean there = start + word.length <= line.to()
                            && java.util.Arrays.equals(b, start, start + word.length, word, 0, word.length);
                    assertEquals(there, line.startsWith(word, start));
                }
            }
        }
    }

    @Test
    void holdsComparesEveryByteOfLongAndShortWords() {
        byte[] line = LineBytes.ascii("postfix/submission/smtpd[4012]");
        for (int length = 1; length <= 24; length++) {
            byte[] word = java.util.Arrays.copyOfRange(line, 0, length);
            assertTrue(LineBytes.holds(line, 0, word));
            for (int i = 0; i < length; i++) {
                byte[] other = word.clone();
                other[i] ^= 1;
                assertFalse(LineBytes.holds(line, 0, other), "length " + length + ", byte " + i);
            }
        }
    }
}
