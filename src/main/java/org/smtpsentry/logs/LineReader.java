package org.smtpsentry.logs;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads lines from bytes with a bounded length: a line longer than {@code maxLine} bytes is cut there (and
 * {@link #lastWasCut()} says so) and the rest of it skipped, so one corrupt line cannot exhaust memory.
 * Lines end at LF; a CR before it is dropped. Bytes are decoded as UTF-8.
 * <p>Log lines are nearly always ASCII: the scan for the line's end also notes whether a byte had its high bit set, and
 * a line without one becomes a string by a plain copy, sparing the decoder's second pass over every byte. A line is
 * made a string only when asked ({@link #next}); {@link #advance} hands out its bytes.
 */
public final class LineReader implements Closeable {
    private static final long LFS = EightBytes.each((byte) '\n');

    private final InputStream in;
    private final int maxLine;
    private static final int BUFFER = 1 << 16;
    /** A read goes on into the room left after the bytes read before, or into a fresh buffer when less is left. */
    private static final int LEAST_ROOM = 1 << 12;

    /** Bytes once read into it are never written again: the lines handed out are views of it (see {@link #advance}). */
    private byte[] buffer;
    /** Where a line read from two buffers, or cut, is gathered; grown when first needed. */
    private byte[] line = new byte[0];
    private int start;
    private int end;
    private long bytesRead;
    private boolean eof;
    private boolean cut;
    private boolean ascii;
    private final LineBytes last = new LineBytes();

    public LineReader(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
        this.buffer = new byte[BUFFER];
    }

    /**
     * Reads the lines of the first {@code length} bytes of {@code bytes}, which nobody writes again. Allocates no
     * buffer of its own: one is made for every piece of a log.
     */
    LineReader(byte[] bytes, int length, int maxLine) {
        this.in = null;
        this.maxLine = maxLine;
        this.buffer = bytes;
        this.end = length;
        this.eof = true;
    }

    /** The next line, or null at the end of the input. */
    public String next() throws IOException {
        return advance() ? last.text(last.from(), last.to()) : null;
    }

    /**
     * Reads the next line into {@link #lastLine()}; false at the end of the input. Its bytes are never written again:
     * a reader may keep a reference to them (an event's origin) and make them text later, or never.
     */
    public boolean advance() throws IOException {
        int length = 0;
        cut = false;
        while (true) {
            if (start == end) {
                if (eof || !fill()) {
                    return (length > 0 || cut) && keep(length);
                }
            }
            int newline = newline(start, end);
            int chunkEnd = newline < 0 ? end : newline;
            if (newline >= 0 && length == 0 && chunkEnd - start <= maxLine) { // the whole line is in the buffer
                int lineStart = start;
                start = newline + 1;
                int lineEnd = chunkEnd > lineStart && buffer[chunkEnd - 1] == '\r' ? chunkEnd - 1 : chunkEnd;
                last.set(buffer, lineStart, lineEnd, ascii);
                return true;
            }
            length = append(length, chunkEnd);
            if (newline >= 0) {
                start = newline + 1;
                return keep(length);
            }
            start = end;
        }
    }

    /**
     * Where the first LF between {@code from} and {@code to} is, or -1; sets {@link #ascii} to whether no byte up to
     * it had its high bit set. Eight bytes at a time ({@link EightBytes}). The bytes after the LF in its word count
     * too: a later line's non-ASCII byte only sends this one the slow, equally right, UTF-8 way.
     */
    private int newline(int from, int to) {
        long high = 0;
        int i = from;
        byte[] chunk = buffer;
        for (; i + 16 <= to; i += 16) { // two words a turn: the quick JIT does not unroll loops
            long first = EightBytes.at(chunk, i);
            long second = EightBytes.at(chunk, i + 8);
            long inFirst = EightBytes.zeros(first ^ LFS);
            long inSecond = EightBytes.zeros(second ^ LFS);
            if ((inFirst | inSecond) != 0) {
                if (inFirst != 0) {
                    ascii = ((high | first) & EightBytes.HIGHS) == 0;
                    return i + EightBytes.first(inFirst);
                }
                ascii = ((high | first | second) & EightBytes.HIGHS) == 0;
                return i + 8 + EightBytes.first(inSecond);
            }
            high |= first | second;
        }
        for (; i + 8 <= to; i += 8) {
            long word = EightBytes.at(buffer, i);
            high |= word;
            long found = EightBytes.zeros(word ^ LFS);
            if (found != 0) {
                ascii = (high & EightBytes.HIGHS) == 0;
                return i + EightBytes.first(found);
            }
        }
        for (; i < to; i++) {
            byte b = buffer[i];
            if (b == '\n') {
                ascii = (high & EightBytes.HIGHS) == 0;
                return i;
            }
            high |= b & 0xff;
        }
        ascii = (high & EightBytes.HIGHS) == 0;
        return -1;
    }

    /** The line last read, in a view set anew on every call (the bytes it shows stay as they are). */
    public LineBytes lastLine() {
        return last;
    }

    /** Whether the line last returned was longer than the limit and was cut. */
    public boolean lastWasCut() {
        return cut;
    }

    /** Bytes consumed so far (compressed inputs: of the uncompressed stream). */
    public long bytesRead() {
        return bytesRead;
    }

    private int append(int length, int chunkEnd) {
        int n = chunkEnd - start;
        int room = maxLine - length;
        if (n > room) {
            cut = true;
            n = Math.max(room, 0);
        }
        if (length + n > line.length) {
            int grown = Math.max(Math.max(line.length * 2, 1024), length + n);
            line = java.util.Arrays.copyOf(line, Math.min(maxLine, grown));
        }
        System.arraycopy(buffer, start, line, length, n);
        return length + n;
    }

    /** A line gathered from two buffers (or cut): a copy of its own, as {@link #line} is filled again. */
    private boolean keep(int length) {
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        last.set(java.util.Arrays.copyOf(line, length), 0, length, false);
        return true;
    }

    /** Reads more after {@link #end} (all read before is consumed): a pipe or a decompressor may give little a time. */
    private boolean fill() throws IOException {
        if (buffer.length - end < LEAST_ROOM) {
            buffer = new byte[BUFFER];
            end = 0;
        }
        int n = in.read(buffer, end, buffer.length - end);
        if (n <= 0) {
            eof = true;
            return false;
        }
        bytesRead += n;
        start = end;
        end += n;
        return true;
    }

    @Override
    public void close() throws IOException {
        if (in != null) {
            in.close();
        }
    }
}
