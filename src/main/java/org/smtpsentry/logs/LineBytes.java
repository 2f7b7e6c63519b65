package org.smtpsentry.logs;

import java.nio.charset.StandardCharsets;

/**
 * The bytes of one line as read (UTF-8, without its line end), from {@code from} to {@code to} of {@code bytes}:
 * a format's header can be read from them in one pass, which costs far fewer instructions than through the line's
 * string. {@code ascii} says that no byte has its high bit set (false when unknown: then the bytes are decoded as
 * UTF-8, equally right). A {@link LineReader} sets one anew on every line; the bytes it showed are not changed.
 */
public final class LineBytes {
    private byte[] bytes;
    private int from;
    private int to;
    private boolean ascii;

    /** The bytes of a line already made a string (format detection, transcripts). */
    public static LineBytes of(String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        LineBytes view = new LineBytes();
        view.set(b, 0, b.length, b.length == line.length());
        return view;
    }

    void set(byte[] bytes, int from, int to, boolean ascii) {
        this.bytes = bytes;
        this.from = from;
        this.to = to;
        this.ascii = ascii;
    }

    public byte[] bytes() {
        return bytes;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    public boolean ascii() {
        return ascii;
    }

    /** The text from {@code start} to {@code end}, decoded. */
    public String text(int start, int end) {
        return new String(bytes, start, end - start, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /**
     * Whether {@code b} holds {@code other} at {@code at} (the caller made sure it fits), compared eight bytes a time.
     * The last word read overlaps the one before instead of a loop over the bytes left: under C1 each byte compared
     * costs about as much as a word (half the time of the words of 8 to 24 bytes that lines are looked up by).
     */
    static boolean holds(byte[] b, int at, byte[] other) {
        int n = other.length;
        if (n >= 8) {
            for (int i = 0; i + 8 < n; i += 8) {
                if (EightBytes.at(b, at + i) != EightBytes.at(other, i)) {
                    return false;
                }
            }
            return EightBytes.at(b, at + n - 8) == EightBytes.at(other, n - 8);
        }
        if (n >= 4) {
            return EightBytes.fourAt(b, at) == EightBytes.fourAt(other, 0)
                    && EightBytes.fourAt(b, at + n - 4) == EightBytes.fourAt(other, n - 4);
        }
        for (int i = 0; i < n; i++) {
            if (b[at + i] != other[i]) {
                return false;
            }
        }
        return true;
    }

    /** The bytes of {@code text}, which is ASCII: the words a reader looks for in lines. */
    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** The bytes of each of {@code texts}, which are ASCII. */
    public static byte[][] words(String... texts) {
        byte[][] all = new byte[texts.length][];
        for (int i = 0; i < texts.length; i++) {
            all[i] = ascii(texts[i]);
        }
        return all;
    }

    /** Whether the line holds {@code word} at {@code at}. */
    public boolean startsWith(byte[] word, int at) {
        return at >= from && at + word.length <= to && holds(bytes, at, word);
    }

    /**
     * Where {@code word} first occurs from {@code start} on, or -1. A word that starts with a space (" status=") is
     * looked for by its second byte: spaces are the commonest byte of a log line, each one a comparison to make.
     */
    public int indexOf(byte[] word, int start) {
        int anchor = word[0] == ' ' && word.length > 1 ? 1 : 0;
        int last = to - word.length; // the last place where it fits
        for (int at = indexOf(word[anchor], start + anchor) - anchor; at >= start && at <= last;
             at = indexOf(word[anchor], at + anchor + 1) - anchor) {
            if (holds(bytes, at, word)) {
                return at;
            }
        }
        return -1;
    }

    /** Where {@code word} last occurs wholly between {@code start} and {@code end}, or -1. */
    public int lastIndexOf(byte[] word, int start, int end) {
        byte first = word[0];
        for (int i = end - word.length; i >= start; i--) {
            if (bytes[i] == first && holds(bytes, i, word)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the line holds one of {@code words} at {@code at}. */
    public boolean startsWithAny(byte[][] words, int at) {
        for (byte[] word : words) {
            if (startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }

    /** Where {@code b} first occurs from {@code start} on, or -1; eight bytes at a time. */
    public int indexOf(byte b, int start) {
        return indexOf(b, start, to);
    }

    /** Where {@code b} first occurs from {@code start} up to {@code end} (at most the line's end), or -1. */
    public int indexOf(byte b, int start, int end) {
        byte[] line = bytes;
        long each = EightBytes.each(b);
        int i = start;
        for (int last = end - 8; i <= last; i += 8) {
            long found = EightBytes.zeros(EightBytes.at(line, i) ^ each);
            if (found != 0) {
                return i + EightBytes.first(found);
            }
        }
        for (; i < end; i++) {
            if (line[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Where {@code a} or {@code b} first occurs from {@code start} on, or -1; eight bytes at a time. */
    public int indexOfEither(byte a, byte b, int start) {
        byte[] line = bytes;
        long eachA = EightBytes.each(a);
        long eachB = EightBytes.each(b);
        int i = start;
        for (int end = to - 8; i <= end; i += 8) {
            long word = EightBytes.at(line, i);
            long found = EightBytes.zeros(word ^ eachA) | EightBytes.zeros(word ^ eachB);
            if (found != 0) {
                return i + EightBytes.first(found);
            }
        }
        for (; i < to; i++) {
            if (line[i] == a || line[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Where {@code b} last occurs from {@code start} on, or -1. */
    public int lastIndexOf(byte b, int start) {
        for (int i = to - 1; i >= start; i--) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
