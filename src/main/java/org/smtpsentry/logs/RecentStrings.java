package org.smtpsentry.logs;

/**
 * Strings that recur on nearly every line (host and program names), kept in a small table and handed out again
 * instead of copied anew: fewer allocations, and maps keyed by them find their hash already computed and compare
 * them by reference. A slot is picked by the length and a few characters; a collision only costs a copy.
 */
final class RecentStrings {
    private final String[] kept;

    /** A table of {@code slots} strings; a power of two. */
    RecentStrings(int slots) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two: " + slots);
        }
        this.kept = new String[slots];
    }

    /** The text of {@code s} from {@code from} to {@code to}, as the string handed out for it before if there is one. */
    String of(String s, int from, int to) {
        int length = to - from;
        if (length == 0) {
            return "";
        }
        int slot = (((length * 31 + s.charAt(from)) * 31 + s.charAt(to - 1)) * 31 + s.charAt(from + length / 2))
                & (kept.length - 1);
        String k = kept[slot];
        if (k != null && k.length() == length && s.regionMatches(from, k, 0, length)) {
            return k;
        }
        String copy = s.substring(from, to);
        kept[slot] = copy;
        return copy;
    }
}
