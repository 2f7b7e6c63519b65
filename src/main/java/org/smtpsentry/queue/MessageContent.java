package org.smtpsentry.queue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A queued message as RFC 5322 text (headers, blank line, body), with LF line ends. */
public record MessageContent(byte[] bytes) {

    /** Whether {@code text} occurs in the headers or body, ignoring ASCII case (the body is not MIME-decoded). */
    public boolean contains(String text) {
        byte[] needle = text.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        return indexOfIgnoringCase(bytes, needle) >= 0;
    }

    /** The first value of header {@code name}, unfolded, or "" when absent. */
    public String header(String name) {
        return Headers.value(bytes, name);
    }

    static int indexOfIgnoringCase(byte[] haystack, byte[] lowerNeedle) {
        if (lowerNeedle.length == 0) {
            return 0;
        }
        byte first = lowerNeedle[0];
        byte firstUpper = upper(first);
        int last = haystack.length - lowerNeedle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            byte b = haystack[i];
            if (b != first && b != firstUpper) { // most bytes: two comparisons, no case folding
                continue;
            }
            for (int j = 1; j < lowerNeedle.length; j++) {
                if (lower(haystack[i + j]) != lowerNeedle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte lower(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
    }

    private static byte upper(byte b) {
        return b >= 'a' && b <= 'z' ? (byte) (b - 32) : b;
    }
}
